import type { Metadata } from "next";
import { z } from "zod";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { listOutbox } from "@/lib/mail/list-outbox.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

const outboxQuerySchema = z.object({ to: z.string().max(254).optional() });

// Development only (404 in production or when SMTP is configured): mail that would have been sent.
export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data } = parseSearchParams(outboxQuerySchema, await searchParams);
  const mails = await orNotFound(listOutbox(data));
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Development outbox</h1>
      <p className="text-slate-700">No mail server is configured, so emails land here (newest first) instead of being sent.</p>
      {mails.length === 0 ? <p className="text-slate-700">No emails yet.</p> : null}
      <ol className="space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="outbox-email">
            <p className="text-sm text-slate-600">
              To <span className="font-medium text-slate-900">{m.to}</span> · {new Date(m.createdAt).toUTCString()}
            </p>
            <h2 className="font-semibold">{m.subject}</h2>
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-800">{m.text}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
