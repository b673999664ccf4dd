// Reminder emails: the job claims each due reminder once and queues it through the mail outbox;
// the send-mail worker sends it once. The test moves the jobs' clock forward across a session's
// reminder moments, restarts the worker in between (and queues once with no worker running),
// replays every moment, and counts what was sent.
import type PgBoss from "pg-boss";
import { afterEach, describe, expect, it } from "vitest";
import { JOBS, startJobs } from "../../lib/jobs/start-jobs.ts";
import { MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import type { Mail } from "../../lib/mail/mail.ts";
import { readUnsubscribeToken } from "../../lib/mail/unsubscribe-token.ts";
import { queueDueReminders } from "../../lib/reminders/queue-reminders.ts";
import type { Db } from "../../lib/db/client.ts";
import { useTestDatabase } from "../support/database.ts";
import { apiRequest, routeParams } from "../support/requests.ts";
import { closeClients, connections, on, SITE } from "../support/rsvp-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A published session in 30 days with two papers (one presented, one discussed before on video) and its people. */
async function reminderSession(db: Db) {
  const startsAt = new Date(Math.ceil((appNow().getTime() + 30 * DAY) / HOUR) * HOUR);
  const series = await db.series.create({ data: { slug: "reminder-club", name: "Reminder Club", speakerConfirmDays: 5 } });
  const [attention, resnet] = await Promise.all(
    [
      ["url:https://papers.example/attention", "Attention Is All You Need", "https://papers.example/attention"],
      ["url:https://papers.example/resnet", "Deep Residual Learning", "https://papers.example/resnet"],
    ].map(([canonicalId, title, url]) => db.paper.create({ data: { canonicalId, source: "URL", title, url, authors: ["A. Author"], year: 2017 } })),
  );
  const session = (at: Date, extra: object) =>
    db.session.create({
      data: {
        seriesId: series.id,
        startsAt: at,
        endsAt: new Date(at.getTime() + 90 * MINUTE),
        timeZone: "America/Los_Angeles",
        venueName: "The venue",
        seats: 1,
        remoteUrl: "https://zoom.example/j/42",
        status: "PUBLISHED",
        ...extra,
      },
    });
  const earlier = await session(new Date(startsAt.getTime() - 60 * DAY), { title: "Earlier", recordingUrl: "https://video.example/earlier" });
  const s = await session(startsAt, { title: "Transformers and ResNets" });
  await db.slot.create({ data: { sessionId: earlier.id, paperId: attention.id, position: 1 } });
  const presented = await db.slot.create({ data: { sessionId: s.id, paperId: attention.id, position: 1 } });
  await db.slot.create({ data: { sessionId: s.id, paperId: resnet.id, position: 2 } });

  const person = (name: string, prefs: object = {}) => db.user.create({ data: { email: `${name}@reminders.test`, name, ...prefs } });
  const sam = await person("sam");
  await db.speakerClaim.create({ data: { slotId: presented.id, userId: sam.id, status: "APPROVED", decidedAt: appNow() } });
  const people = {
    alice: await person("alice"),
    bob: await person("bob", { notifyDayBefore: false }),
    carol: await person("carol"),
    dave: await person("dave"),
    erin: await person("erin", { notifyPreReading: false, notifyHourBefore: false }),
  };
  const rsvp = (user: { id: string }, mode: "IN_PERSON" | "REMOTE", status: "CONFIRMED" | "WAITLISTED" | "CANCELLED", waitlistSeq?: bigint) =>
    db.rsvp.create({
      data: { sessionId: s.id, userId: user.id, mode, status, waitlistSeq, cancelledAt: status === "CANCELLED" ? appNow() : null },
    });
  await rsvp(people.alice, "IN_PERSON", "CONFIRMED");
  await rsvp(people.bob, "REMOTE", "CONFIRMED");
  await rsvp(people.carol, "REMOTE", "CANCELLED");
  await rsvp(people.dave, "IN_PERSON", "WAITLISTED", 1n);
  await rsvp(people.erin, "REMOTE", "CONFIRMED");
  return { sessionId: s.id, startsAt, sam, ...people };
}

const kindOf = (mail: Mail) => readUnsubscribeToken(mail.headers!["List-Unsubscribe"].replace(/^<.*\/unsubscribe\/|>$/g, ""))?.kind;

describe("reminders", () => {
  const database = useTestDatabase();
  let boss: PgBoss | undefined;
  afterEach(async () => {
    await boss?.stop({ graceful: false, wait: true });
    boss = undefined;
  });

  it("queues and sends each reminder once as time moves forward, across worker restarts and replays", async () => {
    const db = database.current.db;
    const t = await reminderSession(db);
    const sent: Mail[] = [];
    const clock = { now: new Date(t.startsAt.getTime() - 10 * DAY) };
    const start = async () => {
      boss = await startJobs(database.current.url, {
        pollingIntervalSeconds: 0.5,
        mailTransport: async (m) => void sent.push(m),
        now: () => clock.now,
      });
      return boss;
    };
    const pendingMail = async () =>
      Number(
        (
          await db.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
            MAIL_QUEUE,
          )
        )[0].n,
      );
    const drained = () => expect.poll(pendingMail, { timeout: 20_000, interval: 200 }).toBe(0);
    /** Sets the clock and runs the reminder job through the worker, as its cron would. */
    const tick = async (before: number) => {
      clock.now = new Date(t.startsAt.getTime() - before);
      const id = (await boss!.send(JOBS.queueReminders.name, {}))!;
      await expect
        .poll(async () => (await boss!.getJobById(JOBS.queueReminders.name, id))?.state, { timeout: 20_000, interval: 200 })
        .toBe("completed");
      await drained();
    };
    const sentSince = (n: number) => sent.slice(n).map((m) => `${m.to.split("@")[0]} ${kindOf(m)}`);

    await start();
    expect((await boss!.getSchedules()).map((s) => s.name)).toContain(JOBS.queueReminders.name);
    await tick(8 * DAY);
    expect(sent).toHaveLength(0);

    // Seven days before (the confirmation is due five days before): the speaker, asked to confirm.
    await tick(7 * DAY - 5 * MINUTE);
    expect(sentSince(0)).toEqual(["sam speaker-reminders"]);
    expect(sent[0].subject).toMatch(/^Please confirm: you present on/);
    expect(sent[0].text).toContain("Attention Is All You Need");
    expect(sent[0].text).not.toContain("Deep Residual Learning");

    // Three days before: the papers to read, with the earlier session's recording; not to Carol
    // (cancelled) nor Erin (turned off).
    await tick(3 * DAY - 5 * MINUTE);
    expect(sentSince(1).sort()).toEqual(["alice pre-reading", "bob pre-reading", "dave pre-reading"]);
    const preReading = sent.find((m) => m.to.startsWith("alice"))!;
    expect(preReading.text).toContain("Deep Residual Learning");
    expect(preReading.text).toMatch(/Discussed before on .*: recording: https:\/\/video\.example\/earlier/);
    await tick(3 * DAY - 10 * MINUTE);
    expect(sent).toHaveLength(4);

    // The worker restarts.
    await boss!.stop({ graceful: true, wait: true });
    await start();
    await tick(23 * HOUR);
    expect(sentSince(4).sort()).toEqual(["alice day-before", "dave day-before", "erin day-before"]);
    const daveDayBefore = sent.slice(4).find((m) => m.to.startsWith("dave"))!;
    expect(daveDayBefore.text).toContain("waitlist");
    expect(daveDayBefore.text).toContain("https://zoom.example/j/42");
    expect(sent.slice(4).find((m) => m.to.startsWith("alice"))!.text).toContain("You have a seat in person at The venue");

    // Queued while no worker runs (another instance's job): sent once the worker is back.
    await boss!.stop({ graceful: true, wait: true });
    boss = undefined;
    expect(await queueDueReminders(new Date(t.startsAt.getTime() - 59 * MINUTE), SITE)).toEqual({ queued: 3 });
    expect(sent).toHaveLength(7);
    await start();
    await drained();
    expect(sentSince(7).sort()).toEqual(["alice hour-before", "bob hour-before", "dave hour-before"]);

    // Every moment again, and the last minute: nothing is sent twice.
    for (const before of [7 * DAY - 5 * MINUTE, 3 * DAY - 5 * MINUTE, 23 * HOUR, 59 * MINUTE, MINUTE]) await tick(before);
    expect(sent).toHaveLength(10);
    expect(new Set(sentSince(0)).size).toBe(10);
    expect(await db.reminder.count()).toBe(10);
    // Each carries the one-click unsubscribe of its own kind, for its own person.
    for (const mail of sent) {
      expect(mail.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      const link = mail.text.match(/one click: (\S+)/)![1];
      const reader = readUnsubscribeToken(link.split("/unsubscribe/")[1]);
      const user = await db.user.findUniqueOrThrow({ where: { id: reader!.userId } });
      expect(user.email).toBe(mail.to);
      expect(reader!.kind).toBe(kindOf(mail));
    }
  });

  it("reminds again of a session moved to another day, and never of a cancelled one", async () => {
    const db = database.current.db;
    const t = await reminderSession(db);
    const at = (before: number, startsAt = t.startsAt) => new Date(startsAt.getTime() - before);
    expect(await queueDueReminders(at(23 * HOUR), SITE)).toEqual({ queued: 4 }); // 3 day-before, and the speaker's
    const moved = new Date(t.startsAt.getTime() + 7 * DAY);
    await db.session.update({
      where: { id: t.sessionId },
      data: { startsAt: moved, endsAt: new Date(moved.getTime() + 90 * MINUTE), sequence: { increment: 1 } },
    });
    expect(await queueDueReminders(at(23 * HOUR, moved), SITE)).toEqual({ queued: 4 });
    expect(await queueDueReminders(at(23 * HOUR, moved), SITE)).toEqual({ queued: 0 });

    await db.session.update({ where: { id: t.sessionId }, data: { status: "CANCELLED" } });
    expect(await queueDueReminders(at(59 * MINUTE, moved), SITE)).toEqual({ queued: 0 });
  });

  it("does not remind someone who RSVPed within the hour, nor a deleted account", async () => {
    const db = database.current.db;
    const t = await reminderSession(db);
    const now = new Date(t.startsAt.getTime() - 59 * MINUTE);
    await db.rsvp.updateMany({ where: { userId: t.alice.id }, data: { createdAt: new Date(now.getTime() - 10 * MINUTE) } });
    await db.user.update({ where: { id: t.bob.id }, data: { deletedAt: appNow(), email: null } });
    expect(await queueDueReminders(now, SITE)).toEqual({ queued: 1 }); // Dave
    const jobs = await db.$queryRawUnsafe<{ data: Mail }[]>(`SELECT data FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
    expect(jobs.map((j) => j.data.to)).toEqual(["dave@reminders.test"]);
  });

  it("claims each reminder once when ten instances run the job at the same moment", async () => {
    const t = await reminderSession(database.current.db);
    const clients = await connections(database.current.url, 10);
    try {
      const now = new Date(t.startsAt.getTime() - 3 * DAY + MINUTE);
      const results = await Promise.all(clients.map((c) => on(c, () => queueDueReminders(now, SITE))));
      expect(results.reduce((n, r) => n + r.queued, 0)).toBe(4); // 3 pre-reading, 1 speaker
      const jobs = await database.current.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
      expect(Number(jobs[0].n)).toBe(4);
    } finally {
      await closeClients(clients);
    }
  });

  it("stops a kind for whoever uses its one-click unsubscribe (the List-Unsubscribe POST), and only that kind", async () => {
    const db = database.current.db;
    const t = await reminderSession(db);
    expect(await queueDueReminders(new Date(t.startsAt.getTime() - 3 * DAY + MINUTE), SITE)).toEqual({ queued: 4 });
    const jobs = await db.$queryRawUnsafe<{ data: Mail }[]>(`SELECT data FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
    const alices = jobs.find((j) => j.data.to === "alice@reminders.test")!.data;
    const oneClick = alices.headers!["List-Unsubscribe"].slice(1, -1);
    expect(oneClick).toMatch(/^https:\/\/paperclub\.test\/api\/v1\/unsubscribe\//);
    const { POST } = await import("../../app/api/v1/unsubscribe/[token]/route.ts");
    const token = decodeURIComponent(oneClick.split("/unsubscribe/")[1]);
    const answer = await POST(
      apiRequest(new URL(oneClick).pathname, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" },
        rawBody: "List-Unsubscribe=One-Click",
      }),
      routeParams({ token }),
    );
    expect(answer.status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id: t.alice.id } })).toMatchObject({ notifyPreReading: false, notifyDayBefore: true });

    // The session moves a week: the papers to read go again, to everyone but Alice.
    const moved = new Date(t.startsAt.getTime() + 7 * DAY);
    await db.session.update({ where: { id: t.sessionId }, data: { startsAt: moved, endsAt: new Date(moved.getTime() + 90 * MINUTE) } });
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
    await queueDueReminders(new Date(moved.getTime() - 3 * DAY + MINUTE), SITE);
    const again = await db.$queryRawUnsafe<{ data: Mail }[]>(`SELECT data FROM pgboss.job WHERE name = $1`, MAIL_QUEUE);
    expect(
      again
        .filter((j) => kindOf(j.data) === "pre-reading")
        .map((j) => j.data.to)
        .sort(),
    ).toEqual(["bob@reminders.test", "dave@reminders.test"]);
  });
});
