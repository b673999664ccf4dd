import type { Metadata } from "next";
import { ScheduleFilters } from "@/components/schedule-filters.tsx";
import { SessionCard } from "@/components/session-card.tsx";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { filterFromSearchParams } from "@/lib/schedule/schemas.ts";
import { PACIFIC, formatDay, groupByMonthAndWeek } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Schedule" };

export default async function SchedulePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = filterFromSearchParams(await searchParams);
  const filter = parsed.success ? parsed.data : {};
  const [series, sessions] = await Promise.all([listSeries(null), listSchedule(null, filter)]);
  const months = groupByMonthAndWeek(sessions, PACIFIC);
  const upcoming = sessions.filter((s) => !s.isPast).length;
  const firstUpcoming = sessions.find((s) => !s.isPast);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Schedule</h1>
        <p className="max-w-2xl text-slate-700">
          Every session, week by week. Times are Pacific (where the club meets); your own time is shown beside them.
        </p>
      </header>

      <ScheduleFilters series={series} filter={filter} />
      {!parsed.success ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Some filters in the address were not understood and were ignored.
        </p>
      ) : null}

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
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-700">
          No sessions match these filters.
        </p>
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
                <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                  Week of {formatDay(`${week.key}T12:00:00Z`, "UTC")}
                </h3>
                {week.items.map((session) => (
                  <SessionCard key={session.id} session={session} headingLevel={4} />
                ))}
              </section>
            ))}
          </section>
        ))
      )}
    </div>
  );
}
