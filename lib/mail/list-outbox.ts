// The development outbox: mail that would have been sent. Development and tests only.
import "server-only";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { JOB_SCHEMA } from "../jobs/job-client.ts";
import { MAIL_QUEUE } from "./enqueue-mail.ts";

export function isOutboxEnabled() {
  return env.NODE_ENV !== "production" && !env.SMTP_URL;
}

export async function listOutbox(input: { to?: string } = {}) {
  if (!isOutboxEnabled()) throw new AppError("not_found", "There is no outbox here.");
  const rows = await getDb().outboxEmail.findMany({
    where: input.to ? { to: input.to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((r) => ({
    id: r.id,
    to: r.to,
    subject: r.subject,
    text: r.text,
    listUnsubscribe: headerOf(r.headers, "List-Unsubscribe"),
    createdAt: r.createdAt.toISOString(),
  }));
}

/** One stored header, as text (the column holds what the mail was sent with, or null). */
function headerOf(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object" || Array.isArray(headers)) return null;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === "string" ? value : null;
}

export type QueuedMailDto = { id: string; to: string; subject: string; state: string; retryCount: number; startAfter: string };

/** Mail queued by the app but not sent (yet): waiting, retrying after a failure, or given up. */
export async function listQueuedMail(): Promise<QueuedMailDto[]> {
  if (!isOutboxEnabled()) throw new AppError("not_found", "There is no outbox here.");
  const rows = await getDb().$queryRawUnsafe<
    { id: string; data: { to?: string; subject?: string }; state: string; retry_count: number; start_after: Date }[]
  >(
    `SELECT id, data, state::text, retry_count, start_after FROM ${JOB_SCHEMA}.job
     WHERE name = $1 AND state IN ('created', 'retry', 'active', 'failed') ORDER BY created_on DESC LIMIT 50`,
    MAIL_QUEUE,
  );
  return rows.map((r) => ({
    id: r.id,
    to: r.data.to ?? "",
    subject: r.data.subject ?? "",
    state: r.state,
    retryCount: r.retry_count,
    startAfter: r.start_after.toISOString(),
  }));
}
