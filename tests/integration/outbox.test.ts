// The mail outbox: a mutation queues its email as a pg-boss job in its own transaction, with
// its audit entry; the worker sends each queued email once, retrying a failing transport.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { writeAudit } from "../../lib/audit/write-audit.ts";
import { startJobs } from "../../lib/jobs/start-jobs.ts";
import { deliverPendingMail } from "../../lib/mail/deliver-pending-mail.ts";
import { deliverQueuedMail } from "../../lib/mail/deliver-queued-mail.ts";
import { enqueueMail, MAIL_QUEUE } from "../../lib/mail/enqueue-mail.ts";
import type { Mail } from "../../lib/mail/mail.ts";
import { migrate, readMigrations } from "../../lib/db/migrate.ts";
import { approveClaim, claimSlot, declineClaim, withdrawClaim } from "../../lib/speakers/claims.ts";
import { acceptInvitation, assignSpeaker, inviteAuthor } from "../../lib/speakers/assign.ts";
import { confirmTalk } from "../../lib/speakers/my-talks.ts";
import { releaseStaleClaims } from "../../lib/speakers/release-stale-claims.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { listedOpenSlots, openSlots } from "../support/slot-fixtures.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";
import { dayKey } from "../../lib/time/format.ts";

type JobRow = { id: string; state: string; retry_count: number; data: Mail; start_after: Date };

describe("mail outbox", () => {
  const database = useTestDatabase({ seeded: true });
  const person = (email: string) => actorByEmail(database.current.db, email);
  const jobs = () =>
    database.current.db.$queryRawUnsafe<JobRow[]>(
      `SELECT id, state::text, retry_count, data, start_after FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
      MAIL_QUEUE,
    );
  const openSlot = async () => (await listedOpenSlots(database.current.db, 1))[0];

  it("queues the mail of a mutation with its audit entry, and sends nothing inline", async () => {
    const db = database.current.db;
    const claim = await claimSlot(await person("speaker@example.com"), { slotId: (await openSlot()).slotId });
    await approveClaim(await person("organizer@example.com"), { claimId: claim.claimId });
    const queued = await jobs();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({
      state: "created",
      data: { to: "speaker@example.com", subject: expect.stringContaining("You are presenting") },
    });
    expect(await db.outboxEmail.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "claim.approved", targetId: claim.claimId } })).toBe(1);
  });

  it("rolls the queued mail back with its transaction: no job and no audit entry", async () => {
    const db = database.current.db;
    const rolledBack = randomUUID();
    const failed = db.$transaction(async (tx) => {
      await writeAudit({ actorId: null, action: "account.deleted", targetType: "user", targetId: rolledBack }, tx);
      await enqueueMail(tx, { to: "someone@example.com", subject: "Never sent", text: "This change rolls back." });
      expect(await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pgboss.job WHERE name = $1`, MAIL_QUEUE)).toHaveLength(1);
      throw new Error("roll back");
    });
    await expect(failed).rejects.toThrow("roll back");
    expect(await jobs()).toHaveLength(0);
    expect(await db.auditLog.count({ where: { targetId: rolledBack } })).toBe(0);

    // A refused mutation queues nothing either.
    const organizer = await person("organizer@example.com");
    const claim = await claimSlot(await person("member@example.com"), { slotId: (await openSlot()).slotId });
    await declineClaim(organizer, { claimId: claim.claimId, reason: "An author will present it." });
    expect(await jobs()).toHaveLength(1);
    expect((await rejection(approveClaim(organizer, { claimId: claim.claimId }))).code).toBe("conflict");
    expect(await jobs()).toHaveLength(1);
  });

  it("answers success while the transport fails; the worker retries with backoff and sends the mail once", async () => {
    const db = database.current.db;
    const calls: string[] = [];
    const delivered: Mail[] = [];
    const flakyTransport = async (mail: Mail) => {
      calls.push(mail.to);
      if (calls.length === 1) throw new Error("SMTP is down");
      delivered.push(mail);
    };
    const boss = await startJobs(database.current.url, { pollingIntervalSeconds: 0.5, mailTransport: flakyTransport });
    try {
      const claim = await claimSlot(await person("speaker@example.com"), { slotId: (await openSlot()).slotId });
      expect(await approveClaim(await person("organizer@example.com"), { claimId: claim.claimId })).toMatchObject({ status: "approved" });
      await expect.poll(async () => (await jobs())[0]?.state, { timeout: 15_000, interval: 250 }).toBe("retry");
      const [retrying] = await jobs();
      expect(retrying.start_after.getTime()).toBeGreaterThan(systemNow().getTime() + 5_000);
      // Skip the backoff wait.
      await db.$executeRawUnsafe(`UPDATE pgboss.job SET start_after = now() WHERE id = $1::uuid`, retrying.id);
      await expect.poll(async () => (await jobs())[0]?.state, { timeout: 15_000, interval: 250 }).toBe("completed");
      expect((await jobs())[0].retry_count).toBe(1);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(calls).toHaveLength(2);
    expect(delivered.map((m) => m.to)).toEqual(["speaker@example.com"]);
  });

  it("sends a job once even when it runs again after a successful send", async () => {
    const db = database.current.db;
    const id = await db.$transaction((tx) => enqueueMail(tx, { to: "someone@example.com", subject: "Hello", text: "Once." }));
    const [job] = await jobs();
    expect(job.id).toBe(id);
    const sent: Mail[] = [];
    const transport = async (mail: Mail) => {
      sent.push(mail);
    };
    expect(await deliverQueuedMail({ id, data: job.data }, transport)).toEqual({ sent: true });
    expect(await deliverQueuedMail({ id, data: job.data }, transport)).toEqual({ sent: false });
    expect(sent).toHaveLength(1);
    // The development outbox keys its rows by job id as well.
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0 });
    await db.$executeRawUnsafe(`DELETE FROM mail.deliveries`);
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET state = 'created' WHERE id = $1::uuid`, id);
    expect(await deliverPendingMail()).toEqual({ sent: 1, failed: 0 });
    await db.$executeRawUnsafe(`DELETE FROM mail.deliveries`);
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET state = 'created' WHERE id = $1::uuid`, id);
    await deliverPendingMail();
    expect(await db.outboxEmail.findMany({ select: { id: true, to: true } })).toEqual([{ id, to: "someone@example.com" }]);
  });

  it("drains a burst of queued mail at once, not one mail per polling interval", async () => {
    const db = database.current.db;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 12; i++) await enqueueMail(tx, { to: `burst${i}@example.com`, subject: "Burst", text: "One of many." });
    });
    const delivered: string[] = [];
    // A polling interval of 30 s: without draining, twelve mails would take six minutes.
    const boss = await startJobs(database.current.url, { pollingIntervalSeconds: 30, mailTransport: async (mail) => void delivered.push(mail.to) });
    try {
      await expect.poll(() => delivered.length, { timeout: 20_000, interval: 200 }).toBe(12);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    expect(new Set(delivered).size).toBe(12);
  });

  it("writes an audit entry, in its transaction, for each speaker mutation", async () => {
    const db = database.current.db;
    const organizer = await person("organizer@example.com");
    const speaker = await person("speaker@example.com");
    const slots = (await openSlots(db, 4)).map((slotId) => ({ slotId }));
    const claimed = await claimSlot(speaker, { slotId: slots[0].slotId });
    await approveClaim(organizer, { claimId: claimed.claimId });
    await confirmTalk(speaker, { slotId: slots[0].slotId });
    await withdrawClaim(speaker, { slotId: slots[0].slotId });
    await assignSpeaker(organizer, { slotId: slots[1].slotId, email: "member@example.com" });
    const invite = await inviteAuthor(
      organizer,
      { slotId: slots[2].slotId, name: "Ada", email: "ada@uni.example" },
      { baseUrl: "http://localhost:3000" },
    );
    await acceptInvitation(speaker, { token: invite.inviteUrl.split("/invite/")[1] });
    await db.speakerClaim.create({
      data: { slotId: slots[3].slotId, userId: speaker.id, status: "PENDING", createdAt: new Date(appNow().getTime() - 8 * 86_400_000) },
    });
    expect(await releaseStaleClaims()).toEqual({ released: 1 });
    const actions = (await db.auditLog.findMany({ select: { action: true } })).map((a) => a.action);
    for (const action of [
      "claim.created",
      "claim.approved",
      "talk.confirmed",
      "claim.withdrawn",
      "slot.assigned",
      "author.invited",
      "invitation.accepted",
      "claim.released",
    ]) {
      expect(actions).toContain(action);
    }
    expect((await jobs()).map((j) => j.data.subject)).toEqual([
      expect.stringContaining("You are presenting"),
      expect.stringContaining("You are presenting"),
      expect.stringContaining("Would you present"),
      expect.stringContaining("was released"),
    ]);
  });

  it("mails a session at 18:00 in Los Angeles with its local date, not the next day's UTC date", async () => {
    const db = database.current.db;
    const slot = await openSlot();
    // 18:00 PDT on July 1 is 01:00 UTC on July 2: next year's, so it is upcoming whatever day it is.
    const year = Number(dayKey(appNow(), "America/Los_Angeles").slice(0, 4)) + 1;
    const startsAt = new Date(`${year}-07-02T01:00:00Z`);
    await db.session.update({
      where: { id: slot.session.id },
      data: { startsAt, endsAt: new Date(startsAt.getTime() + 5_400_000), timeZone: "America/Los_Angeles" },
    });
    const claim = await claimSlot(await person("speaker@example.com"), { slotId: slot.slotId });
    await approveClaim(await person("organizer@example.com"), { claimId: claim.claimId });
    const [job] = await jobs();
    expect(job.data.text).toContain(`July 1, ${year} at 6:00 PM PDT`);
    expect(job.data.text).not.toContain(`${year}-07-02`);
  });

  it("creates the queue on a database where pg-boss was installed before the migration", async () => {
    const db = database.current.db;
    const name = readMigrations().find((m) => m.name.endsWith("_job_queue_and_mail_outbox"))!.name;
    await db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, name);
    await db.$executeRawUnsafe(`SELECT pgboss.delete_queue($1)`, MAIL_QUEUE);
    expect((await migrate(database.current.url)).applied).toEqual([name]);
    await db.$transaction((tx) => enqueueMail(tx, { to: "someone@example.com", subject: "Hello", text: "Queued." }));
    expect(await jobs()).toHaveLength(1);
  });
});
