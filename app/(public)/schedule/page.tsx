import type { Metadata } from "next";
import Link from "next/link";
import { SubscribeLinks } from "@/components/calendar-links.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { ScheduleFilters } from "@/components/schedule-filters.tsx";
import { SessionCard } from "@/components/session-card.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { siteUrl } from "@/lib/http/site-url.ts";
import { readIgnoringBadFilters, parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { changeFeedAlternates } from "@/lib/publications/feed-links.ts";
import { rsvpsOf } from "@/lib/rsvps/my-rsvps.ts";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { scheduleFilterSchema } from "@/lib/schedule/schemas.ts";
import { PACIFIC, formatDay, groupByMonthAndWeek } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: "Schedule", alternates: changeFeedAlternates(await listSeries(null)) };
}

export default async function SchedulePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: filter, fields: ignored } = parseSearchParams(scheduleFilterSchema, await searchParams);
  const [series, result, actor] = await Promise.all([listSeries(null), readIgnoringBadFilters((f) => listSchedule(null, f), filter), getActor()]);
  // A series or track that does not exist: say so rather than show an empty schedule.
  const sessions = result.data;
  const rsvps = await rsvpsOf(
    actor,
    sessions.filter((s) => !s.isPast && s.status !== "cancelled").map((s) => s.id),
  );
  const months = groupByMonthAndWeek(sessions, PACIFIC);
  const site = await siteUrl();
  const upcoming = sessions.filter((s) => !s.isPast).length;
  const firstUpcoming = sessions.find((s) => !s.isPast);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Schedule</h1>
        <p className="max-w-2xl text-slate-700">
          Every session, week by week. Times are Pacific (where the club meets); your own time is shown beside them.
        </p>
        <p className="text-sm">
          <Link href="/schedule/changes" className="font-semibold text-brand-700 underline underline-offset-2">
            What changed lately
          </Link>
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

      <ScheduleFilters series={series} filter={filter} />
      <FilterErrors fields={{ ...ignored, ...result.fields }} />

      <p className="text-sm text-slate-700" aria-live="polite">
        {sessions.length} {sessions.length === 1 ? "session" : "sessions"}, {upcoming} upcoming.
        {firstUpcoming && firstUpcoming !== sessions[0] ? (
          <>
            {" "}
            <a href="#upcoming" className="font-semibold text-brand-700 underline underline-offset-2">
              Jump to what is next
            </a>
          </>
        ) : null}
      </p>

      {sessions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">No sessions match these filters.</p>
      ) : (
        months.map((month) => (
          <section key={month.key} aria-labelledby={`month-${month.key}`} className="space-y-4">
            <h2 id={`month-${month.key}`} className="sticky top-0 z-10 bg-slate-50/95 py-2 text-xl font-bold text-slate-900">
              {month.label}
            </h2>
            {month.weeks.map((week) => (
              <section
                key={week.key}
                id={week.items.includes(firstUpcoming!) ? "upcoming" : undefined}
                className="scroll-mt-4 space-y-3"
                aria-label={`Week of ${formatDay(`${week.key}T12:00:00Z`, "UTC")}`}
              >
                <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">Week of {formatDay(`${week.key}T12:00:00Z`, "UTC")}</h3>
                {week.items.map((session) => (
                  <SessionCard key={session.id} session={session} headingLevel={4} rsvp={rsvps.get(session.id)} signedIn={actor !== null} />
                ))}
              </section>
            ))}
          </section>
        ))
      )}
    </div>
  );
}
