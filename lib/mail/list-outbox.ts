// The development outbox: mail that would have been sent. Development and tests only.
import "server-only";
import { getDb } from "../db/index.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";

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
  return rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, createdAt: r.createdAt.toISOString() }));
}
