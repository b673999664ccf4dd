// The audit log for organizers: who published, edited, approved or changed roles, and when,
// filtered by person and by kind of change (the filters are in the address, so it can be shared).
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { listAuditLog, type AuditLogDto } from "@/lib/audit/list-audit.ts";
import { auditQuerySchema } from "@/lib/audit/schemas.ts";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { parseSearchParams, readIgnoringBadFilters, type SearchParams } from "@/lib/http/search-params.ts";
import { formatDate, formatTime, PACIFIC } from "@/lib/time/format.ts";
import { FILTER_SUBMIT, FilterSelect } from "@/components/ui/filter-select.tsx";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

/** What a link of an entry opens, said in its text (every link names where it goes). */
function linkLabel(href: string): string {
  if (href.startsWith("/organize/sessions/")) return "Open the session";
  if (href.startsWith("/schedule/changes")) return "See what changed";
  if (href.startsWith("/organize/series/")) return "Open the series draft";
  if (href.startsWith("/tracks/")) return "Open the track";
  return "Open";
}

function pageHref(query: AuditLogDto["query"], page: number) {
  return `/organize/audit?${new URLSearchParams({ ...query, page: String(page) })}`;
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("/organize/audit", "audit.view");
  const { data: query, fields: ignored } = parseSearchParams(auditQuerySchema, await searchParams);
  const result = await readIgnoringBadFilters((q) => listAuditLog(actor, q), query);
  const log = result.data;
  const filtered = Boolean(log.query.person || log.query.kind);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/organize" className="font-semibold text-brand-700 underline">
            Organizer console
          </Link>
        </p>
        <h1 className="page-title">Audit log</h1>
        <p className="max-w-2xl text-slate-700">
          Every change to the club: who published, edited, approved or changed a role, and when. Newest first.
        </p>
      </header>

      <form method="get" action="/organize/audit" className="grid gap-3 card p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <FilterSelect id="audit-person" name="person" label="Person" defaultValue={log.query.person ?? ""}>
          <option value="">Everyone</option>
          {log.people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.email && p.email !== p.name ? `${p.name} (${p.email})` : p.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="audit-kind" name="kind" label="Kind of change" defaultValue={log.query.kind ?? ""}>
          <option value="">All kinds</option>
          {log.kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </FilterSelect>
        <div className="flex items-center gap-4">
          <button type="submit" className={FILTER_SUBMIT}>
            Filter
          </button>
          {filtered ? (
            <Link href="/organize/audit" className="text-sm font-semibold text-brand-700 underline">
              Show everything
            </Link>
          ) : null}
        </div>
      </form>

      <FilterErrors fields={{ ...ignored, ...result.fields }} />

      <p className="text-sm text-slate-700">
        {log.total} {log.total === 1 ? "entry" : "entries"}
        {log.pages > 1 ? ` · page ${log.page} of ${log.pages}` : null} · times in Pacific time
      </p>

      {log.entries.length === 0 ? (
        <EmptyState
          title={
            log.total > 0
              ? "There are not that many pages."
              : filtered
                ? "Nothing in the log matches these filters."
                : "Nothing has been changed yet."
          }
        />
      ) : (
        <ol className="card-list">
          {log.entries.map((e) => (
            <li key={e.id} className="grid gap-1 p-4 sm:grid-cols-[11rem_13rem_minmax(0,1fr)] sm:gap-4" data-testid="audit-entry">
              <p className="text-sm text-slate-700">
                <time dateTime={e.at}>
                  {formatDate(e.at, PACIFIC)}, {formatTime(e.at, PACIFIC)}
                </time>
              </p>
              <p className="min-w-0 text-sm">
                <span className="font-semibold text-slate-900">{e.actor ? e.actor.name : "Paper Club (automatic)"}</span>
                {e.actor?.email ? <span className="block break-words text-slate-600">{e.actor.email}</span> : null}
              </p>
              <div className="min-w-0 text-slate-900">
                <p className="break-words">{e.summary}</p>
                {e.link ? (
                  <Link href={e.link} className="text-sm font-semibold text-brand-700 underline">
                    {linkLabel(e.link)}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      )}

      {log.pages > 1 || log.page > 1 ? (
        <nav aria-label="Pages" className="flex gap-4 text-sm font-semibold">
          {log.page > 1 ? (
            <Link href={pageHref(log.query, Math.min(log.page - 1, log.pages))} className="text-brand-700 underline">
              Newer
            </Link>
          ) : null}
          {log.page < log.pages ? (
            <Link href={pageHref(log.query, log.page + 1)} className="text-brand-700 underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
