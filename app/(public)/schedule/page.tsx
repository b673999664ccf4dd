import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";
import { SubscribeLinks } from "@/components/calendar-links.tsx";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { ScheduleFilters } from "@/components/schedule/schedule-filters.tsx";
import { scheduleHref } from "@/components/schedule/schedule-href.ts";
import { SeasonWeeks } from "@/components/schedule/season-weeks.tsx";
import { TrackChips } from "@/components/schedule/track-chips.tsx";
import { currentSiteOrigin } from "@/lib/http/site-origin.ts";
import { readIgnoringBadFilters, parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { changeFeedAlternates } from "@/lib/publications/feed-links.ts";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { listSeries } from "@/lib/schedule/list-series.ts";
import { scheduleFilterSchema, type ScheduleFilter } from "@/lib/schedule/schemas.ts";
import { trackTones } from "@/lib/schedule/track-tones.ts";
import { appNow } from "@/lib/time/clock.ts";
import { PACIFIC, weekKey } from "@/lib/time/format.ts";
import { EmptyState } from "@/components/ui/empty-state.tsx";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: "Schedule", alternates: changeFeedAlternates(await listSeries(null)) };
}

const LINK = "font-semibold text-brand-700 underline underline-offset-2";

function summary(when: NonNullable<ScheduleFilter["when"]>, count: number, upcoming: number): string {
  const sessions = (n: number, what = "") => `${n} ${what}${n === 1 ? "session" : "sessions"}`;
  if (when === "upcoming") return `${sessions(count, "upcoming ")}.`;
  if (when === "past") return `${sessions(count, "past ")}, newest first.`;
  return `${sessions(count)}, ${upcoming} upcoming.`;
}

// The season at a glance, opening at this week: past weeks folded above it (with their
// recordings), then what is coming, week by week, one compact row per session. The details live
// on the session pages.
export default async function SchedulePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: parsed, fields: ignored } = parseSearchParams(scheduleFilterSchema, await searchParams);
  const filter: ScheduleFilter = { ...parsed, when: parsed.when ?? "season" };
  const when = filter.when!;
  // The same page for everyone: a signed-in person's RSVPs come with the personal layer.
  const [series, result] = await Promise.all([listSeries(null), readIgnoringBadFilters((f) => listSchedule(null, f), filter)]);
  const sessions = result.data;
  const upcoming = sessions.filter((s) => !s.isPast);
  // What is past, newest first.
  const past = sessions.filter((s) => s.isPast).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const recordings = past.filter((s) => s.recordingUrl).length;
  const site = await currentSiteOrigin();
  const tones = trackTones(series);
  const thisWeek = weekKey(appNow(), PACIFIC);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="page-title">Schedule</h1>
        <p className="max-w-2xl text-sm text-slate-700 sm:text-base">Times are Pacific, where the club meets; yours is shown beside them.</p>
        <p className="text-sm">
          {upcoming.length > 0 ? (
            <>
              <a href="#this-week" className={LINK}>
                Jump to this week
              </a>
              {" · "}
            </>
          ) : null}
          <Link href="/schedule/changes" className={LINK}>
            What changed
          </Link>
          {" · "}
          <a href={scheduleHref({ ...filter, when: "past" })} className={LINK}>
            Past sessions
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

      <div className="space-y-3">
        <TrackChips series={series} filter={filter} tones={tones} />
        <ScheduleFilters series={series} filter={filter} />
        <FilterErrors fields={{ ...ignored, ...result.fields }} />
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="schedule-summary">
          {summary(when, sessions.length, upcoming.length)}
          {when === "season" ? (
            <>
              {" "}
              <a href={scheduleHref({ ...filter, when: "all" })} className={LINK}>
                Show every session
              </a>
            </>
          ) : null}
        </p>
      </div>

      {sessions.length === 0 ? (
        <EmptyState
          title="No sessions match these filters."
          action={
            <Link href="/schedule" className={buttonClasses("secondary")}>
              Show the whole schedule
            </Link>
          }
        />
      ) : when === "season" ? (
        <>
          {past.length > 0 ? (
            <section aria-labelledby="earlier">
              {/* Its heading is the fold's own line: "Earlier this season: 36 sessions, 30 recorded". */}
              <h2 id="earlier" className="sr-only">
                Earlier this season
              </h2>
              <details className="past-fold">
                <summary>
                  <span aria-hidden="true">Earlier this season: </span>
                  {past.length === 1 ? "1 session" : `${past.length} sessions`}
                  {recordings > 0 ? `, ${recordings} recorded` : ""}
                </summary>
                <SeasonWeeks id="earlier" sessions={past} thisWeek={thisWeek} tones={tones} />
              </details>
            </section>
          ) : null}
          <Weeks id="coming-up" title="Coming up" sessions={upcoming} thisWeek={thisWeek} tones={tones} anchorFirstWeek />
        </>
      ) : (
        <>
          <Weeks id="coming-up" title="Coming up" sessions={upcoming} thisWeek={thisWeek} tones={tones} anchorFirstWeek />
          <Weeks id="earlier" title="Past sessions" sessions={past} thisWeek={thisWeek} tones={tones} />
        </>
      )}
    </div>
  );
}

function Weeks({ title, ...props }: { title: string } & React.ComponentProps<typeof SeasonWeeks>) {
  if (props.sessions.length === 0) return null;
  // The months' sticky headers are what the eye follows; the section's heading is for screen readers.
  return (
    <section aria-labelledby={props.id} className="space-y-3">
      <h2 id={props.id} className="sr-only">
        {title}
      </h2>
      <SeasonWeeks {...props} />
    </section>
  );
}
