// Sends the queued mail that is due, now, in this process (composing RSVP notices first): what the workers do,
// without waiting for its next poll. For development tools and tests; the server relies on
// the worker (lib/jobs/start-jobs.ts). A failed send is marked failed, so pg-boss retries it.
import "server-only";
import { getDb } from "../db/index.ts";
import { getJobClient, sqlThrough } from "../jobs/job-client.ts";
import { deliverQueuedMail } from "./deliver-queued-mail.ts";
import { MAIL_QUEUE } from "./enqueue-mail.ts";
import type { MailTransport } from "./mail.ts";
import { sendMail } from "./send-mail.ts";
import { composePendingRsvpNotices } from "../rsvps/rsvp-notice.ts";

export async function deliverPendingMail(transport: MailTransport = sendMail): Promise<{ sent: number; failed: number }> {
  const boss = getJobClient();
  const db = sqlThrough(getDb());
  let sent = 0;
  let failed = 0;
  // Mail an RSVP notice composes is part of what is due (decision 029).
  await composePendingRsvpNotices();
  // Bounded: a failed job waits for its backoff, so it is not fetched again in this loop.
  for (let round = 0; round < 100; round++) {
    const jobs = await boss.fetch(MAIL_QUEUE, { batchSize: 20, db });
    if (jobs.length === 0) break;
    for (const job of jobs) {
      try {
        const result = await deliverQueuedMail(job, transport);
        if (result.sent) sent++;
        await boss.complete(MAIL_QUEUE, job.id, result, { db });
      } catch (error) {
        failed++;
        await boss.fail(MAIL_QUEUE, job.id, { message: error instanceof Error ? error.message : "send failed" }, { db });
      }
    }
  }
  return { sent, failed };
}
