// Faults: PostgreSQL stops in the middle of an RSVP rush and starts again (a server of this
// test's own, so it can be stopped). Every RSVP answered confirmed or waitlisted is stored so,
// no seat is oversold, every request during the outage is a quick 503 (pages: the "back in a
// moment" page from the proxy), /api/health says so, and the same app — the same Prisma client,
// no restart — serves again. The job worker: mail queued before the outage goes out after it,
// each once. See docs/decisions/021-database-outages.md.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route.ts";
import { onRequestError } from "../../instrumentation.ts";
import { proxy } from "../../proxy.ts";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { actorFromCookie } from "../../lib/auth/get-actor.ts";
import { isDatabaseMarkedDown, reportDatabaseUp } from "../../lib/db/availability.ts";
import { isDatabaseUnavailable } from "../../lib/db/errors.ts";
import { checkDatabase } from "../../lib/db/check-health.ts";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded-postgres.ts";
import { getDb } from "../../lib/db/index.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { describeError } from "../../lib/http/describe-error.ts";
import { startJobs } from "../../lib/jobs/start-jobs.ts";
import { enqueueMail, MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import { rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { RSVP_NOTICE_QUEUE } from "../../lib/rsvps/rsvp-notice.ts";
import { listSchedule } from "../../lib/schedule/list-schedule.ts";
import { sessionCookieFor } from "../support/auth.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";
import { systemNow } from "../../lib/time/clock.ts";

const SLOW = { timeout: 60_000, interval: 200 };

type Outcome = { person: SignedInActor; status?: string; failure?: ReturnType<typeof describeError>; settledInMs: number };

describe("a database outage", { timeout: 180_000 }, () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperclub-faults-"));
  const globalForDb = globalThis as unknown as { paperClubDb?: Db };
  let port = 0;
  let server: RunningPostgres | undefined;
  let db: Db;

  const startServer = async () => {
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "paperclub", port, settings: { fsync: "off" } });
  };
  const stopServer = async () => {
    await server?.stop();
    server = undefined;
  };

  beforeAll(async () => {
    port = await findFreePort();
    await startServer();
    await migrate(server!.url);
    process.env.DATABASE_URL = server!.url;
    db = createPrismaClient(server!.url);
    globalForDb.paperClubDb = db;
  });

  afterAll(async () => {
    await db?.$disconnect();
    globalForDb.paperClubDb = undefined;
    reportDatabaseUp();
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One RSVP as the API would answer it: the domain's answer, or describeError's status. */
  async function rsvp(person: SignedInActor, sessionId: string): Promise<Outcome> {
    const started = systemNow().getTime();
    try {
      const answer = await rsvpToSession(person, { sessionId, mode: "in_person" }, SITE);
      return { person, status: answer.status, settledInMs: systemNow().getTime() - started };
    } catch (error) {
      return { person, failure: describeError(error, "fault test"), settledInMs: systemNow().getTime() - started };
    }
  }

  const pageRequest = (pathname: string) => new NextRequest(`http://paperclub.test${pathname}`, { headers: { accept: "text/html" } });

  it("RSVP rush: answered RSVPs are stored, the outage is a quick 503 everywhere, and the same app serves again", async () => {
    const crowd = await people(db, 100);
    const sessionId = await rsvpSession(db, { seats: 20, title: "Rush through an outage" });
    const cookie = await sessionCookieFor(crowd[0].id);

    // 1. The rush begins; once some have their answer, PostgreSQL stops (a fast shutdown: open
    //    transactions are cut off) while the others are still in flight.
    const before = crowd.slice(0, 50).map((p) => rsvp(p, sessionId));
    let answered = 0;
    before.forEach((p) => void p.then((o) => (answered += o.status ? 1 : 0)));
    await expect.poll(() => answered, SLOW).toBeGreaterThanOrEqual(10);
    await stopServer();
    const first = await Promise.all(before);

    // 2. During the outage: every request fails fast with 503, the health check says so, and
    //    pages get the "back in a moment" page from the proxy; the API is left to answer itself.
    const during = await Promise.all(crowd.slice(50, 70).map((p) => rsvp(p, sessionId)));
    for (const o of during) {
      expect(o.failure).toMatchObject({ status: 503, code: "unavailable", retryAfterSeconds: 5 });
      expect(o.settledInMs).toBeLessThan(15_000);
    }
    const down = await health();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "degraded", db: "unreachable" });
    expect(isDatabaseMarkedDown()).toBe(true);
    const page = await proxy(pageRequest("/schedule"));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("We'll be back in a moment");
    expect(html).not.toMatch(/error|stack|ECONNREFUSED/i);
    const feed = await proxy(new NextRequest("http://paperclub.test/schedule/changes.atom"));
    expect(feed.status).toBe(503);
    expect(await feed.text()).toMatch(/not reachable/);
    // A signed-in person is not "signed out" by the outage (pages would send them to /signin).
    await expect(actorFromCookie(cookie)).rejects.toSatisfy(isDatabaseUnavailable);
    const api = await proxy(pageRequest("/api/v1/schedule"));
    expect(api.status).toBe(200);
    expect(api.headers.get("x-middleware-next")).toBe("1");

    // A page whose data load fails during the outage raises the flag through Next's
    // onRequestError hook too (the flag is lowered here to see it raised).
    reportDatabaseUp();
    const pageError = await listSchedule(null, {}).then(
      () => null,
      (e: unknown) => e,
    );
    expect(pageError).toBeInstanceOf(Error);
    const runtime = process.env.NEXT_RUNTIME;
    process.env.NEXT_RUNTIME = "nodejs";
    try {
      await onRequestError(pageError);
    } finally {
      process.env.NEXT_RUNTIME = runtime;
    }
    expect(isDatabaseMarkedDown()).toBe(true);

    // 3. PostgreSQL is back: health, pages and the rest of the rush recover by themselves,
    //    with the same Prisma client.
    await startServer();
    await expect.poll(async () => (await health()).status, SLOW).toBe(200);
    await expect.poll(async () => (await proxy(pageRequest("/schedule"))).status, SLOW).toBe(200);
    expect(isDatabaseMarkedDown()).toBe(false);
    expect(getDb()).toBe(db);
    expect((await actorFromCookie(cookie))?.id).toBe(crowd[0].id);
    const after = await Promise.all(crowd.slice(70).map((p) => rsvp(p, sessionId)));
    for (const o of after) expect(o.failure, o.person.email ?? o.person.id).toBeUndefined();

    // Every answer was either an RSVP or a 503: nothing else, no 500.
    const outcomes = [...first, ...during, ...after];
    for (const o of outcomes) {
      if (o.failure) expect(o.failure).toMatchObject({ status: 503, code: "unavailable" });
      else expect(["confirmed", "waitlisted"]).toContain(o.status);
    }
    expect(first.filter((o) => o.status).length).toBeGreaterThanOrEqual(10);

    // Every RSVP answered confirmed or waitlisted is stored with that status.
    const rows = await db.rsvp.findMany({ where: { sessionId }, select: { userId: true, status: true, mode: true } });
    const byUser = new Map(rows.map((r) => [r.userId, r]));
    for (const o of outcomes.filter((x) => x.status)) {
      expect(byUser.get(o.person.id), o.person.email ?? o.person.id).toMatchObject({ status: o.status!.toUpperCase(), mode: "IN_PERSON" });
    }
    // No seat oversold, and the seat counter agrees with the rows. Those who got a 503 while
    // their transaction was cut off may or may not have an RSVP: either way it is consistent.
    const [facts] = await db.$queryRaw<{ seats: number; counter: number; confirmed: number }[]>`
      SELECT s.seats, s.in_person_confirmed AS counter,
        (SELECT count(*)::int FROM rsvps WHERE session_id = s.id AND mode = 'IN_PERSON' AND status = 'CONFIRMED') AS confirmed
      FROM sessions s WHERE s.id = ${sessionId}::uuid`;
    expect(facts).toEqual({ seats: 20, counter: 20, confirmed: 20 });
    expect(rows.filter((r) => r.status === "WAITLISTED").length).toBe(rows.length - 20);
  });

  it("job worker: mail queued before the outage is sent after it, each once", async () => {
    // Only this test's mail in the queue (the rush above queued notices of confirmations).
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = ANY($1::text[])`, [MAIL_QUEUE, RSVP_NOTICE_QUEUE]);
    const sent: string[] = [];
    // A worker that looks for jobs every 10 s: it has just looked (nothing there) when the mail is queued.
    const boss = await startJobs(server!.url, {
      pollingIntervalSeconds: 10,
      mailTransport: async (_mail, options) => void sent.push(options!.idempotencyKey!),
    });
    let workerErrors = 0;
    boss.on("error", () => void workerErrors++);
    try {
      const ids = await db.$transaction(async (tx) => {
        const queued: string[] = [];
        for (let i = 0; i < 5; i++)
          queued.push(await enqueueMail(tx, { to: `queued${i}@example.com`, subject: `Before the outage ${i}`, text: "Hello." }));
        return queued;
      });
      expect(sent).toEqual([]);
      await stopServer();
      // The worker meets the outage (its polls fail) and does not crash the process.
      await expect.poll(() => workerErrors, SLOW).toBeGreaterThan(0);
      expect(sent).toEqual([]);
      await startServer();

      const states = async () =>
        (
          await db.$queryRawUnsafe<{ id: string; state: string }[]>(
            `SELECT id::text, state::text FROM pgboss.job WHERE name = $1 AND id = ANY($2::uuid[])`,
            MAIL_QUEUE,
            ids,
          )
        ).map((j) => j.state);
      await expect.poll(states, { timeout: 90_000, interval: 500 }).toEqual(Array(5).fill("completed"));
      expect([...sent].sort()).toEqual([...ids].sort());
      const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM mail.deliveries WHERE job_id = ANY(${ids}::uuid[])`;
      expect(n).toBe(5);
      expect(await checkDatabase()).toBe(true);
    } finally {
      if (!server) await startServer();
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
