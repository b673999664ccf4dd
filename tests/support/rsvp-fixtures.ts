// Fixtures of the RSVP tests: an upcoming published session with a seat count (whatever today's
// date, the demo season may be over), people, and each person's call on a connection of its own.
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { PrismaPg } from "@prisma/adapter-pg";
import { CONNECT_TIMEOUT_MS, OMITTED_BY_DEFAULT, type Db } from "../../lib/db/client.ts";
import { PrismaClient } from "../../lib/db/generated/client.ts";
import { appNow } from "../../lib/time/clock.ts";

export const SITE = { siteUrl: "https://paperclub.test" };

export async function rsvpSession(
  db: Db,
  options: { seats?: number | null; isInPerson?: boolean; isRemote?: boolean; startsInDays?: number; title?: string } = {},
): Promise<string> {
  const series =
    (await db.series.findFirst({ where: { slug: "test-of-time" }, select: { id: true, timeZone: true } })) ??
    (await db.series.create({ data: { slug: "test-of-time", name: "Test of Time" }, select: { id: true, timeZone: true } }));
  const startsAt = new Date(appNow().getTime() + (options.startsInDays ?? 7) * 86_400_000);
  const isInPerson = options.isInPerson ?? true;
  const session = await db.session.create({
    data: {
      seriesId: series.id,
      title: options.title ?? "RSVP test session",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: series.timeZone,
      isInPerson,
      isRemote: options.isRemote ?? true,
      venueName: isInPerson ? "The venue" : null,
      seats: isInPerson ? (options.seats === undefined ? 60 : options.seats) : null,
      remoteUrl: "https://zoom.example/j/123",
      status: "PUBLISHED",
    },
    select: { id: true },
  });
  return session.id;
}

export async function people(db: Db, count: number, prefix = "person"): Promise<SignedInActor[]> {
  const emails = Array.from({ length: count }, (_, i) => `${prefix}${i}@rsvp.test`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `${prefix} ${i}` })) });
  const rows = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, name: true, role: true } });
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  return emails.map((e) => {
    const r = byEmail.get(e)!;
    return { id: r.id, role: r.role, name: r.name, email: r.email };
  });
}

const globalForDb = globalThis as unknown as { paperClubDb?: Db };

/**
 * Clients of one connection each, connected; close them with closeClients(). The app's client
 * (lib/db/client.ts) with one difference: a connection stays open while it waits. The app's
 * pool closes one idle for 10 s, and a crowd of 300 reconnecting at once on a loaded machine
 * missed the 10 s connect timeout. Connected 25 at a time, for the same reason.
 */
export async function connections(url: string, count: number): Promise<Db[]> {
  const clients: Db[] = Array.from(
    { length: count },
    () =>
      new PrismaClient({
        adapter: new PrismaPg({ connectionString: url, max: 1, idleTimeoutMillis: 0, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
        omit: OMITTED_BY_DEFAULT,
      }),
  );
  for (let i = 0; i < count; i += 25) await Promise.all(clients.slice(i, i + 25).map((c) => c.$queryRaw`SELECT 1`));
  return clients;
}

/**
 * `count` connections in one pool behind one client of the app's kind, connected and kept open;
 * the client is returned once per person, so that `count` calls at once run on `count`
 * connections of their own, as with `connections()`. One client instead of `count` spares the
 * test process a query compiler and its caches per person (the RSVP rush was the suite's
 * largest cost, decision 024). The pool opens a connection only when all it has are busy, so
 * it is filled in steps of 25 calls more at a time, each holding its connection briefly.
 */
export async function pooledConnections(url: string, count: number): Promise<Db[]> {
  const client: Db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: count, idleTimeoutMillis: 0, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }),
    omit: OMITTED_BY_DEFAULT,
  });
  for (let busy = Math.min(25, count); ; busy = Math.min(busy + 25, count)) {
    await Promise.all(Array.from({ length: busy }, () => client.$queryRaw`SELECT 1 AS held FROM pg_sleep(0.05)`));
    if (busy === count) break;
  }
  return Array.from({ length: count }, () => client);
}

export async function closeClients(clients: Db[]): Promise<void> {
  await Promise.all([...new Set(clients)].map((c) => c.$disconnect()));
}

/** Starts `call` with getDb() answering `client` (domain functions read it before their first await). */
export function on<T>(client: Db, call: () => Promise<T>): Promise<T> {
  const saved = globalForDb.paperClubDb;
  globalForDb.paperClubDb = client;
  try {
    return call();
  } finally {
    globalForDb.paperClubDb = saved;
  }
}
