// Queues an email as a pg-boss job inside the caller's transaction (a transactional outbox):
// if the change rolls back, no mail is queued; if it commits, the mail goes out through the
// send-mail worker, retried until the transport takes it. See docs/decisions/012-mail-outbox.md.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { getJobClient, sqlThrough } from "../jobs/job-client.ts";
import { mailSchema, type Mail } from "./mail.ts";

/** The queue; created (with its retry policy) by the migrations. */
export const MAIL_QUEUE = "send-mail";

/** Writes the send-mail job in `tx`; returns the job id. */
export async function enqueueMail(tx: Pick<Prisma.TransactionClient, "$queryRawUnsafe">, mail: Mail): Promise<string> {
  const data = mailSchema.parse(mail);
  const id = await getJobClient().send(MAIL_QUEUE, data, { db: sqlThrough(tx) });
  // pg-boss inserts nothing when the queue does not exist.
  if (!id) throw new Error(`The "${MAIL_QUEUE}" queue does not exist: apply the migrations (npm run db:migrate).`);
  return id;
}
