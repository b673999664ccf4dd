import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { LocalDate } from "@/components/local-date.tsx";
import { parseSearchParams, readIgnoringBadFilters, type SearchParams } from "@/lib/http/search-params.ts";
import { describeChange } from "@/lib/publications/describe-change.ts";
import { changeFeedAlternates } from "@/lib/publications/feed-links.ts";
import { listPublications, publicationsQuerySchema } from "@/lib/publications/list-publications.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";

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
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Schedule changes</h1>
        <p className="max-w-2xl text-slate-700">
          Every time organizers publish the schedule, it becomes a new version. Here is each version with what changed. People with an RSVP and the
          speakers concerned are emailed too.
        </p>
      </header>
      <nav aria-label="Series" className="flex flex-wrap gap-2 text-sm">
        <FilterLink href="/schedule/changes" active={!current}>
          All series
        </FilterLink>
        {series.map((s) => (
          <FilterLink key={s.slug} href={`/schedule/changes?series=${s.slug}`} active={current === s.slug}>
            {s.name}
          </FilterLink>
        ))}
      </nav>
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
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">Nothing has been published yet.</p>
      ) : (
        <ol className="space-y-4">
          {publications.map((p) => (
            <li key={`${p.series.slug}-${p.version}`} id={`v${p.version}`}>
              <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="publication">
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

function FilterLink({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`rounded-full border px-3 py-1 font-medium ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800"}`}
    >
      {children}
    </Link>
  );
}
