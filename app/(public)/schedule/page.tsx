import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { SubscribeLinks } from "@/components/calendar-links.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { ScheduleFilters } from "@/components/schedule-filters.tsx";
import { SessionCard } from "@/components/session-card.tsx";
import { SessionRow } from "@/components/session-row.tsx";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { readIgnoringBadFilters, parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { changeFeedAlternates } from "@/lib/publications/feed-links.ts";
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { scheduleFilterSchema, type ScheduleFilter } from "@/lib/schedule/schemas.ts";
import { PACIFIC, groupByMonthAndWeek } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: "Schedule", alternates: changeFeedAlternates(await listSeries(null)) };
}

const LINK = "font-semibold text-brand-700 underline underline-offset-2";

function scheduleHref(filter: ScheduleFilter, when: ScheduleFilter["when"]) {
  const params = new URLSearchParams(Object.entries({ ...filter, when }).filter((e): e is [string, string] => Boolean(e[1])));
  return `/schedule?${params}`;
}

function Months({ id, title, sessions }: { id: string; title: string; sessions: SessionDto[] }) {
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {groupByMonthAndWeek(sessions, PACIFIC).map((month) => (
        // Named "Coming up, December 2026" and "Earlier this season, December 2026": a month can head both.
        <section key={month.key} aria-labelledby={`${id} ${id}-${month.key}`}>
          <h3 id={`${id}-${month.key}`} className="sticky top-0 z-10 bg-slate-50/95 py-2 text-lg font-bold text-slate-900">
            {month.label}
          </h3>
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4">
            {month.weeks
              .flatMap((week) => week.items)
              .map((session) => (
                <SessionRow key={session.id} session={session} />
              ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function summary(when: NonNullable<ScheduleFilter["when"]>, count: number, upcoming: number): string {
  const sessions = (n: number, what = "") => `${n} ${what}${n === 1 ? "session" : "sessions"}`;
  if (when === "upcoming") return `${sessions(count, "upcoming ")}.`;
  if (when === "past") return `${sessions(count, "past ")}, newest first.`;
  return `${sessions(count)}${when === "season" ? " this season and after" : ""}, ${upcoming} upcoming.`;
}

// The first view answers "what is next, what is this season": the next session in full, then
// the season as one line per session. Details live on the session pages (issue 12).
export default async function SchedulePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: parsed, fields: ignored } = parseSearchParams(scheduleFilterSchema, await searchParams);
  const filter: ScheduleFilter = { ...parsed, when: parsed.when ?? "season" };
  const when = filter.when!;
  // The same page for everyone: a signed-in person's RSVPs come with the personal layer.
  const [series, result] = await Promise.all([listSeries(null), readIgnoringBadFilters((f) => listSchedule(null, f), filter)]);
  const sessions = result.data;
  const upcoming = sessions.filter((s) => !s.isPast);
  const next = when === "past" ? undefined : upcoming.find((s) => s.status !== "cancelled");
  // What is coming first, in time order; then what is past, newest first.
  const past = sessions.filter((s) => s.isPast).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const site = await currentSiteOrigin();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Schedule</h1>
        <p className="max-w-2xl text-slate-700">
          What is next, and the season at a glance. Times are Pacific, where the club meets; your own time is shown beside them.
        </p>
        <p className="text-sm">
          <Link href="/schedule/changes" className={LINK}>
            What changed lately
          </Link>
          {" · "}
          <a href={scheduleHref(filter, "past")} className={LINK}>
            Past sessions and recordings
          </a>
        </p>
        <details className="text-sm">
          <summary className="cursor-pointer font-semibold text-brand-700">Put the schedule in your calendar</summary>
          <div className="mt-2 space-y-1">
            {series.map((s) => (
              <SubscribeLinks key={s.slug} feedUrl={`${site}/calendar/${s.slug}.ics`} label={s.name} />
            ))}
            <p className="text-slate-700">
              For schedule apps:{" "}
              {series.map((s, i) => (
                <span key={s.slug}>
                  {i > 0 ? ", " : null}
                  <a href={`/schedule/${s.slug}.json`} className="font-medium text-brand-700 underline underline-offset-2">
                    {s.name} schedule.json
                  </a>
                </span>
              ))}
            </p>
          </div>
        </details>
      </header>

      {next ? (
        <section aria-labelledby="next-up" className="space-y-3">
          <h2 id="next-up" className="text-xl font-bold text-slate-900">
            Next up
          </h2>
          <SessionCard session={next} headingLevel={3} withRsvp />
        </section>
      ) : null}

      <ScheduleFilters series={series} filter={filter} />
      <FilterErrors fields={{ ...ignored, ...result.fields }} />

      <p className="text-sm text-slate-700" aria-live="polite">
        {summary(when, sessions.length, upcoming.length)}
        {when === "season" ? (
          <>
            {" "}
            <a href={scheduleHref(filter, "all")} className={LINK}>
              Show every session
            </a>
          </>
        ) : null}
      </p>

      {sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">No sessions match these filters.</p>
      ) : (
        <>
          <Months id="coming-up" title="Coming up" sessions={upcoming} />
          <Months id="earlier" title={when === "season" ? "Earlier this season" : "Past sessions"} sessions={past} />
        </>
      )}
    </div>
  );
}
