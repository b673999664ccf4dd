// The send-mail job: hands one queued email to the transport, once. The job id is recorded in
// mail.deliveries after a successful send, so a retry of the same job (the worker died after
// sending, or the job timed out) does not send it again. A failed send throws, and pg-boss
// retries the job with backoff.
import "server-only";
import { getDb } from "../db/index.ts";
import { mailSchema, type MailTransport } from "./mail.ts";
import { sendMail } from "./send-mail.ts";

export async function deliverQueuedMail(job: { id: string; data: unknown }, transport: MailTransport = sendMail) {
  const db = getDb();
  const done = await db.$queryRaw<{ job_id: string }[]>`SELECT job_id FROM mail.deliveries WHERE job_id = ${job.id}::uuid`;
  if (done.length > 0) return { sent: false as const };
  // A malformed payload cannot get better by retrying; pg-boss keeps the failed job for a look.
  const mail = mailSchema.parse(job.data);
  await transport(mail, { idempotencyKey: job.id });
  await db.$executeRaw`INSERT INTO mail.deliveries (job_id) VALUES (${job.id}::uuid) ON CONFLICT DO NOTHING`;
  return { sent: true as const };
}
