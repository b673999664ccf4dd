import type { Metadata } from "next";
import { z } from "zod";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { listOutbox, listQueuedMail } from "@/lib/mail/list-outbox.ts";
import { formatDayAndTime } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

const outboxQuerySchema = z.object({ to: z.string().max(254).optional() });

// Development only (404 in production or when SMTP is configured): mail that would have been sent.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data } = parseSearchParams(outboxQuerySchema, await searchParams);
  const [mails, queued] = await Promise.all([orNotFound(listOutbox(data)), orNotFound(listQueuedMail())]);
  return (
    <div className="space-y-6">
      <h1 className="page-title">Development outbox</h1>
      <p className="text-slate-700">No mail server is configured, so emails land here (newest first) instead of being sent.</p>
      {queued.length > 0 ? (
        <section aria-labelledby="queued-heading" data-tone="warning" className="alert space-y-2 p-4">
          <h2 id="queued-heading" className="font-semibold">
            Queued, not sent yet
          </h2>
          <p>
            The send-mail job sends queued mail within seconds while the server runs its jobs (not with JOBS=off); failures are retried with backoff.
          </p>
          <ul className="list-disc pl-5" data-testid="queued-email">
            {queued.map((q) => (
              <li key={q.id}>
                {q.subject} — to {q.to} · {q.state}
                {q.retryCount > 0 ? ` (retry ${q.retryCount})` : ""} · due {formatDayAndTime(q.startAfter, "UTC")}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mails.length === 0 ? <p className="text-slate-700">No emails yet.</p> : null}
      <ol className="space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="card p-4" data-testid="outbox-email">
            <p className="text-sm text-slate-600">
              To <span className="font-medium text-slate-900">{m.to}</span> · {formatDayAndTime(m.createdAt, "UTC")}
            </p>
            <h2 className="font-semibold">{m.subject}</h2>
            {m.listUnsubscribe ? (
              <p className="mt-1 break-all text-xs text-slate-600" data-testid="list-unsubscribe">
                List-Unsubscribe: {m.listUnsubscribe}
              </p>
            ) : null}
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-800">{m.text}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
