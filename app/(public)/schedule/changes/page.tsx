import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { LocalDate } from "@/components/local-date.tsx";
import { parseSearchParams, readIgnoringBadFilters, type SearchParams } from "@/lib/http/search-params.ts";
import { describeChange } from "@/lib/publications/describe-change.ts";
import { changeFeedAlternates } from "@/lib/publications/feed-links.ts";
import { listPublications, publicationsQuerySchema } from "@/lib/publications/list-publications.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { EmptyState } from "@/components/ui/empty-state.tsx";
import { PageHeader } from "@/components/ui/page-header.tsx";
import { Tabs } from "@/components/ui/tabs.tsx";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const series = await listSeries(null);
  return { title: "Schedule changes", alternates: changeFeedAlternates(series) };
}

export default async function ScheduleChangesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: query, fields: ignored } = parseSearchParams(publicationsQuerySchema, await searchParams);
  const [series, result] = await Promise.all([listSeries(null), readIgnoringBadFilters((q) => listPublications(null, q), query)]);
  const { publications, page, pages } = result.data;
  const current = query.series;
  const pageHref = (n: number) => `/schedule/changes?${new URLSearchParams({ ...(current ? { series: current } : {}), page: String(n) })}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Schedule changes"
        description="Every time organizers publish the schedule, it becomes a new version. Here is each version with what changed. People with an RSVP and the speakers concerned are emailed too."
      />
      <Tabs
        label="Series"
        tabs={[
          { href: "/schedule/changes", label: "All series", current: !current },
          ...series.map((s) => ({ href: `/schedule/changes?series=${s.slug}`, label: s.name, current: current === s.slug })),
        ]}
      />
      <FilterErrors fields={{ ...ignored, ...result.fields }} />
      <p className="text-sm text-slate-700">
        Follow in a feed reader:{" "}
        {series.map((s, i) => (
          <span key={s.slug}>
            {i > 0 ? " · " : null}
            <a href={`/schedule/changes.atom?series=${s.slug}`} className="font-semibold text-brand-700 underline underline-offset-2">
              {s.name} (Atom)
            </a>
          </span>
        ))}
      </p>
      {publications.length === 0 ? (
        <EmptyState title="Nothing has been published yet.">The first published schedule and every change after it will be listed here.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {publications.map((p) => (
            <li key={`${p.series.slug}-${p.version}`} id={`v${p.version}`}>
              <article className="card p-4 shadow-sm sm:p-5" data-testid="publication">
                <h2 className="text-lg font-bold text-slate-900">
                  {p.series.name} · version {p.version}
                </h2>
                <p className="text-sm text-slate-700">
                  Published <LocalDate iso={p.publishedAt} zone={p.series.timeZone} />
                  {p.publishedByName ? ` by ${p.publishedByName}` : null}
                </p>
                {p.note ? <p className="mt-2 whitespace-pre-line text-slate-800">{p.note}</p> : null}
                {p.changes.length === 0 ? null : (
                  <details className="mt-3" open={p.changes.length <= 12}>
                    <summary className="cursor-pointer text-sm font-semibold text-slate-800">
                      {p.changes.length} {p.changes.length === 1 ? "change" : "changes"}
                    </summary>
                    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-800">
                      {p.changes.map((c, i) => (
                        <li key={i}>
                          {c.kind === "session_removed" ? (
                            describeChange(c)
                          ) : (
                            <Link href={`/sessions/${c.sessionId}`} className="underline-offset-2 hover:underline">
                              {describeChange(c)}
                            </Link>
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4 text-sm font-semibold">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="text-brand-700 underline">
              Newer
            </Link>
          ) : null}
          {page < pages ? (
            <Link href={pageHref(page + 1)} className="text-brand-700 underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
