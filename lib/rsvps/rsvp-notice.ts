// The "rsvp-notice" job (decision 029): a member's own answer queues one in the statement that
// decides it (prisma/sql/rsvp-answer-own.sql), and this composes its emails — "RSVP received"
// for the person when their answer changed, "You have a seat" for each person a freed seat
// went to — and queues them on the mail queue (decision 012). Composed once: the job is marked
// completed in the transaction that queues its emails, so a retry after a crash, or a second
// worker holding the same job, queues nothing twice. A failure throws and pg-boss retries.
import "server-only";
import { z } from "zod";
import { getDb } from "../db/index.ts";
import { getJobClient, sqlThrough } from "../jobs/job-client.ts";
import { mailFacts, tellAttendee } from "./answer-rsvp.ts";
import { toRsvpDto } from "./dto.ts";
import { tellPromoted } from "./seats.ts";

/** The queue; created (with its retry policy) by the migrations. */
export const RSVP_NOTICE_QUEUE = "rsvp-notice";

const noticeSchema = z.object({
  sessionId: z.uuid(),
  userId: z.uuid(),
  site: z.string().min(1),
  /** The answer as decided, when it changed the person's RSVP; null for a cancellation. */
  answer: z
    .object({ status: z.enum(["CONFIRMED", "WAITLISTED"]), mode: z.enum(["IN_PERSON", "REMOTE"]), position: z.number().int().nullable() })
    .nullable(),
  promoted: z.array(z.uuid()),
});

/** Composes one notice's emails; false when another run already had (nothing queued). */
export async function composeRsvpNotice(job: { id: string; data: unknown }): Promise<boolean> {
  // A malformed payload cannot get better by retrying; pg-boss keeps the failed job for a look.
  const notice = noticeSchema.parse(job.data);
  const links = { siteUrl: notice.site };
  return getDb().$transaction(async (tx) => {
    // pg-boss answers how many active jobs it completed (its typings say void).
    const done = (await getJobClient().complete(RSVP_NOTICE_QUEUE, job.id, {}, { db: sqlThrough(tx) })) as unknown as { affected: number };
    if (done.affected === 0) return false;
    if (notice.answer) {
      const { sessionId, userId, answer } = notice;
      const rsvp = toRsvpDto(sessionId, answer, answer.position);
      await tellAttendee(tx, { sessionId }, rsvp, await mailFacts(tx, { sessionId, userId, links }));
    }
    await tellPromoted(tx, notice.sessionId, notice.promoted, links);
    return true;
  });
}

/**
 * Composes every notice that is due, now, in this process: what the worker does without
 * waiting for its next poll. For development tools and tests (deliverPendingMail runs it first).
 */
export async function composePendingRsvpNotices(): Promise<number> {
  const boss = getJobClient();
  const db = sqlThrough(getDb());
  let composed = 0;
  for (let round = 0; round < 1000; round++) {
    // One at a time, so in the order they were queued (a batch comes in no particular order).
    const jobs = await boss.fetch(RSVP_NOTICE_QUEUE, { batchSize: 1, db });
    if (jobs.length === 0) break;
    for (const job of jobs) {
      try {
        if (await composeRsvpNotice(job)) composed++;
      } catch (error) {
        await boss.fail(RSVP_NOTICE_QUEUE, job.id, { message: error instanceof Error ? error.message : "compose failed" }, { db });
      }
    }
  }
  return composed;
}
