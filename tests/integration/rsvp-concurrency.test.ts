// The RSVP rush against real PostgreSQL, each person on a connection of their own, each scenario
// repeated: seats are never oversold, the line is strictly first come first served and without
// gaps, and one person clicking many times has one RSVP. The rush runs 10 rounds (3,000 racing
// answers, 300 at a time), the others 20: the rush was the suite's largest cost (decision 024).
import { afterAll, describe, expect, it } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import type { Db } from "../../lib/db/client.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { composePendingRsvpNotices } from "../../lib/rsvps/rsvp-notice.ts";
import { useTestDatabase } from "../support/database.ts";
import { closeClients, connections, on, people, pooledConnections, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";

const REPEAT = 20;
/** The 300-person rush: each round is ~3 s of both cores on a 2-core machine. */
const RUSH_ROUNDS = 10;

async function seatFacts(db: Db, sessionId: string) {
  const [row] = await db.$queryRaw<{ seats: number; counter: number; confirmed: number; waitlisted: number }[]>`
    SELECT s.seats, s.in_person_confirmed AS counter,
      (SELECT count(*)::int FROM rsvps WHERE session_id = s.id AND mode = 'IN_PERSON' AND status = 'CONFIRMED') AS confirmed,
      (SELECT count(*)::int FROM rsvps WHERE session_id = s.id AND status = 'WAITLISTED') AS waitlisted
    FROM sessions s WHERE s.id = ${sessionId}::uuid`;
  return row;
}

describe("RSVPs under concurrency", { timeout: 600_000 }, () => {
  const database = useTestDatabase();
  let clients: Db[] = [];
  let crowd: SignedInActor[] = [];

  afterAll(async () => {
    await closeClients(clients);
  });

  async function prepare(count: number) {
    const db = database.current.db;
    crowd = await people(db, count);
    clients = await pooledConnections(database.current.url, count);
    // Everyone has a connection of their own, open before the rush starts.
    const [open] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`;
    expect(open.n).toBeGreaterThan(count);
    return db;
  }

  it(`300 people RSVP in person at once for 60 seats: 60 confirmed, 240 waitlisted 1…240, no failure (×${RUSH_ROUNDS})`, async () => {
    const db = await prepare(300);
    try {
      for (let round = 0; round < RUSH_ROUNDS; round++) {
        const sessionId = await rsvpSession(db, { seats: 60, title: `Rush ${round}` });
        const answers = await Promise.allSettled(
          crowd.map((person, i) => on(clients[i], () => rsvpToSession(person, { sessionId, mode: "in_person" }, SITE))),
        );
        const failed = answers.filter((a) => a.status === "rejected");
        expect(failed, `round ${round}`).toEqual([]);
        const ok = answers.map((a) => (a as PromiseFulfilledResult<Awaited<ReturnType<typeof rsvpToSession>>>).value);
        expect(ok.filter((a) => a.status === "confirmed" && a.position === undefined)).toHaveLength(60);
        const positions = ok.filter((a) => a.status === "waitlisted").map((a) => a.position!);
        expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));
        expect(await seatFacts(db, sessionId)).toEqual({ seats: 60, counter: 60, confirmed: 60, waitlisted: 240 });
        // The answers agree with the line as stored: position N is the N-th number handed out.
        const line = await db.rsvp.findMany({
          where: { sessionId, status: "WAITLISTED" },
          orderBy: { waitlistSeq: "asc" },
          select: { userId: true },
        });
        const positionOf = new Map(crowd.map((p, i) => [p.id, ok[i].position]));
        expect(line.map((r) => positionOf.get(r.userId))).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));
      }
    } finally {
      await closeClients(clients);
    }
  });

  it(`40 confirmed people cancel while 40 newcomers RSVP: never more confirmed than seats, promotions in line order (×${REPEAT})`, async () => {
    const db = await prepare(120);
    const sampler = (await connections(database.current.url, 1))[0];
    try {
      for (let round = 0; round < REPEAT; round++) {
        const sessionId = await rsvpSession(db, { seats: 60, title: `Churn ${round}` });
        // 60 seated and 20 in line, in a known order (set up in one statement; the trigger counts the seats).
        await db.$executeRaw`
          INSERT INTO rsvps (session_id, user_id, mode, status, waitlist_seq)
          SELECT ${sessionId}::uuid, u.id, 'IN_PERSON', CASE WHEN u.n <= 60 THEN 'CONFIRMED' ELSE 'WAITLISTED' END::"RsvpStatus",
                 CASE WHEN u.n > 60 THEN nextval('rsvps_waitlist_seq_seq') END
          FROM unnest(${crowd.slice(0, 80).map((p) => p.id)}::uuid[]) WITH ORDINALITY AS u(id, n) ORDER BY u.n`;
        const leaving = crowd.slice(0, 40);
        const inLine = crowd.slice(60, 80);
        const newcomers = crowd.slice(80, 120);

        let sampling = true;
        const samples: Awaited<ReturnType<typeof seatFacts>>[] = [];
        const sampled = (async () => {
          while (sampling) samples.push(await seatFacts(sampler, sessionId));
        })();
        const results = await Promise.allSettled([
          ...leaving.map((p, i) => on(clients[i], () => cancelRsvp(p, { sessionId }, SITE))),
          ...newcomers.map((p, i) => on(clients[80 + i], () => rsvpToSession(p, { sessionId, mode: "in_person" }, SITE))),
        ]);
        sampling = false;
        await sampled;

        expect(
          results.filter((r) => r.status === "rejected"),
          `round ${round}`,
        ).toEqual([]);
        expect(samples.length).toBeGreaterThan(0);
        for (const s of samples) {
          expect(s.confirmed).toBeLessThanOrEqual(s.seats);
          expect(s.counter).toBeLessThanOrEqual(s.seats);
        }
        expect(await seatFacts(db, sessionId)).toEqual({ seats: 60, counter: 60, confirmed: 60, waitlisted: 20 });
        const rows = await db.rsvp.findMany({ where: { sessionId }, select: { userId: true, status: true, mode: true, waitlistSeq: true } });
        const byUser = new Map(rows.map((r) => [r.userId, r]));
        // Everyone who was in line before the churn got a seat, before any newcomer did.
        for (const p of inLine) expect(byUser.get(p.id)!.status).toBe("CONFIRMED");
        const promoted = rows.filter((r) => r.status === "CONFIRMED" && r.waitlistSeq !== null).map((r) => r.waitlistSeq!);
        const waiting = rows.filter((r) => r.status === "WAITLISTED").map((r) => r.waitlistSeq!);
        const maxPromoted = promoted.reduce((a, b) => (a > b ? a : b));
        const minWaiting = waiting.reduce((a, b) => (a < b ? a : b));
        expect(maxPromoted < minWaiting).toBe(true);
        for (const p of leaving) expect(byUser.get(p.id)!.status).toBe("CANCELLED");
      }
    } finally {
      await closeClients([...clients, sampler]);
    }
  });

  it(`one person sending the same RSVP 10 times at once has one RSVP (×${REPEAT})`, async () => {
    const db = await prepare(10);
    // Someone new each round: one person's 200 answers would meet the RSVP limit (30 in 10 minutes).
    const clickers = await people(db, REPEAT, "clicker");
    try {
      for (let round = 0; round < REPEAT; round++) {
        const me = clickers[round];
        const sessionId = await rsvpSession(db, { seats: round % 2 ? 0 : 5, title: `Clicks ${round}` });
        const answers = await Promise.all(clients.map((c) => on(c, () => rsvpToSession(me, { sessionId, mode: "in_person" }, SITE))));
        const expected =
          round % 2 ? { sessionId, status: "waitlisted", mode: "in_person", position: 1 } : { sessionId, status: "confirmed", mode: "in_person" };
        for (const a of answers) expect(a).toEqual(expected);
        expect(await db.rsvp.count({ where: { sessionId } })).toBe(1);
        // Exactly one confirmation email, not ten (composed by the one notice the answer queued).
        await composePendingRsvpNotices();
        const mails = await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'send-mail' AND data->>'to' = ${me.email} AND data->>'subject' LIKE ${"%Clicks " + round}`;
        expect(mails[0].n).toBe(1);
      }
    } finally {
      await closeClients(clients);
    }
  });
});
