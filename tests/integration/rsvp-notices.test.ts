// A member's RSVP in one statement (decision 029): the statement decides and queues one
// "rsvp-notice" job (job_send, as pg-boss's own send would), and that job's worker composes the
// emails once. Against real PostgreSQL and the real pg-boss worker.
import type PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { getJobClient, sqlThrough } from "../../lib/jobs/job-client.ts";
import { startJobs } from "../../lib/jobs/start-jobs.ts";
import { MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import type { Mail } from "../../lib/mail/mail.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { composeRsvpNotice, RSVP_NOTICE_QUEUE } from "../../lib/rsvps/rsvp-notice.ts";
import { appNow } from "../../lib/time/clock.ts";
import { useTestDatabase } from "../support/database.ts";
import { rejection } from "../support/helpers.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";

type JobRow = Record<string, unknown>;
const COMPARED = `name, priority, state::text, retry_limit, retry_delay, retry_backoff, expire_in::text, policy, dead_letter,
  singleton_key, singleton_on, (keep_until - start_after)::text AS kept_for, data`;

describe("RSVP notices", { timeout: 120_000 }, () => {
  const database = useTestDatabase();
  let boss: PgBoss | undefined;
  afterEach(async () => {
    await boss?.stop({ graceful: false, wait: true });
    boss = undefined;
  });

  const notices = (sessionId: string) =>
    database.current.db.$queryRawUnsafe<{ id: string; data: { userId: string; answer: unknown; promoted: string[] } }[]>(
      `SELECT id::text, data FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2 ORDER BY created_on`,
      RSVP_NOTICE_QUEUE,
      sessionId,
    );
  const mailsTo = (to: string) =>
    database.current.db.$queryRawUnsafe<{ subject: string }[]>(
      `SELECT data->>'subject' AS subject FROM pgboss.job WHERE name = $1 AND data->>'to' = $2 ORDER BY created_on`,
      MAIL_QUEUE,
      to,
    );

  it("job_send writes the row pg-boss's send writes, on every queue, and refuses a queue that does not exist", async () => {
    const db = database.current.db;
    for (const queue of [RSVP_NOTICE_QUEUE, MAIL_QUEUE]) {
      const data = { probe: queue };
      const ours = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT job_send($1, $2::jsonb)::text AS id`, queue, JSON.stringify(data));
      const theirs = await getJobClient().send(queue, data, { db: sqlThrough(db) });
      const rows = await db.$queryRawUnsafe<JobRow[]>(`SELECT ${COMPARED} FROM pgboss.job WHERE id = ANY($1::uuid[]) ORDER BY created_on`, [
        ours[0].id,
        theirs,
      ]);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual(rows[1]);
      expect(rows[0]).toMatchObject({ name: queue, state: "created", retry_limit: 8, retry_backoff: true });
    }
    await expect(db.$queryRawUnsafe(`SELECT job_send('no-such-queue', '{}'::jsonb)`)).rejects.toThrow(/queue does not exist/);
  });

  it("queues one notice with each answer that changes something, in the answer's own statement; none for the same answer again or a refusal", async () => {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 1 });
    const [a, b] = await people(db, 2);
    await rsvpToSession(a, { sessionId, mode: "in_person" }, SITE);
    await rsvpToSession(b, { sessionId, mode: "in_person" }, SITE);
    await rsvpToSession(b, { sessionId, mode: "in_person" }, SITE); // unchanged: no notice
    await cancelRsvp(a, { sessionId }, SITE); // a's seat goes to b: one notice, for b's seat
    const queued = await notices(sessionId);
    expect(queued.map((n) => [n.data.userId, n.data.answer, n.data.promoted])).toEqual([
      [a.id, { status: "CONFIRMED", mode: "IN_PERSON", position: null }, []],
      [b.id, { status: "WAITLISTED", mode: "IN_PERSON", position: 1 }, []],
      [a.id, null, [b.id]],
    ]);

    // A refused answer writes nothing: no notice, and the attempt is not counted either.
    const started = await rsvpSession(db, { startsInDays: -1 });
    const hits = () => db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM rate_limit_hits WHERE bucket = 'rsvp'`);
    const before = (await hits())[0].n;
    expect((await rejection(rsvpToSession(a, { sessionId: started, mode: "in_person" }, SITE))).code).toBe("conflict");
    expect((await rejection(cancelRsvp(b, { sessionId: started }, SITE))).code).toBe("conflict");
    expect((await rejection(cancelRsvp(b, { sessionId: "00000000-0000-4000-8000-000000000000" }, SITE))).code).toBe("not_found");
    expect((await hits())[0].n).toBe(before);
    expect(await notices(started)).toEqual([]);
  });

  it("composes a notice's emails once, even when it is run twice", async () => {
    const db = database.current.db;
    const sessionId = await rsvpSession(db, { seats: 1 });
    const [a, b] = await people(db, 2, "twice");
    await rsvpToSession(a, { sessionId, mode: "in_person" }, SITE);
    await rsvpToSession(b, { sessionId, mode: "in_person" }, SITE);
    await rsvpToSession(a, { sessionId, mode: "remote" }, SITE); // b gets the seat
    const boss = getJobClient();
    const composed: boolean[] = [];
    for (;;) {
      const [job] = await boss.fetch(RSVP_NOTICE_QUEUE, { batchSize: 1, db: sqlThrough(db) });
      if (!job) break;
      composed.push(await composeRsvpNotice(job), await composeRsvpNotice(job));
    }
    expect(composed).toEqual([true, false, true, false, true, false]);
    expect((await mailsTo(a.email!)).map((m) => m.subject)).toEqual(["You're going: RSVP test session", "You're going: RSVP test session"]);
    expect((await mailsTo(b.email!)).map((m) => m.subject)).toEqual(["Waitlisted: RSVP test session", "You have a seat: RSVP test session"]);
  });

  it("the worker composes and sends them: a member's answer reaches their inbox", async () => {
    const db = database.current.db;
    const sent: Mail[] = [];
    boss = await startJobs(database.current.url, { pollingIntervalSeconds: 1, mailTransport: async (mail) => void sent.push(mail), now: appNow });
    const sessionId = await rsvpSession(db, { seats: 5, title: "Worker session" });
    const [me] = await people(db, 1, "worker");
    await rsvpToSession(me, { sessionId, mode: "remote" }, SITE);
    await expect
      .poll(() => sent.filter((m) => m.to === me.email).map((m) => m.subject), { timeout: 60_000, interval: 250 })
      .toEqual(["You're going: Worker session"]);
    const [{ state }] = await db.$queryRawUnsafe<{ state: string }[]>(
      `SELECT state::text FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2`,
      RSVP_NOTICE_QUEUE,
      sessionId,
    );
    expect(state).toBe("completed");
  });
});
