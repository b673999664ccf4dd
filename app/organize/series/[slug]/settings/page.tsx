// The settings of a series (the defaults of its sessions), its seasons, and a form for a new season.
import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { createSeasonAction, updateSeriesAction } from "@/app/organize/series-actions.ts";
import { SeasonForm } from "@/components/season-form.tsx";
import { SeriesSettingsForm } from "@/components/series-settings-form.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { getSeriesSettings } from "@/lib/series/get-series-settings.ts";
import { formatCalendarDate } from "@/lib/time/format.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Series settings and seasons" };

export default async function SeriesSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requirePermission(`/organize/series/${encodeURIComponent(slug)}/settings`, "schedule.edit");
  const s = await orNotFound(getSeriesSettings(actor, { series: slug }));
  const timeZones = Intl.supportedValuesOf("timeZone");
  const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-3">
        <p className="text-sm">
          <Link href={`/organize/series/${s.slug}`} className="text-brand-700 underline">
            {s.values.name}: schedule draft
          </Link>
        </p>
        <h1 className="page-title">{s.values.name}: settings and seasons</h1>
        <p className="text-slate-700">New sessions and seasons start from these settings; sessions already in the draft keep theirs.</p>
      </header>

      <section aria-labelledby="settings-heading" className="space-y-4 card p-5">
        <h2 id="settings-heading" className="text-xl font-bold">
          Settings
        </h2>
        <SeriesSettingsForm series={s.slug} values={s.values} timeZones={timeZones} action={updateSeriesAction} />
      </section>

      <section aria-labelledby="seasons-heading" className="space-y-3">
        <h2 id="seasons-heading" className="text-xl font-bold">
          Seasons
        </h2>
        {s.seasons.length === 0 ? (
          <p className="text-slate-700">No seasons yet: create the first one below.</p>
        ) : (
          <ul className="card-list" data-testid="series-seasons">
            {s.seasons.map((season) => (
              <li key={season.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <Link href={`/organize/seasons/${season.id}`} className={`font-semibold ${linkClass}`}>
                  {season.name}
                </Link>
                <span className="text-sm text-slate-700">
                  <time dateTime={season.firstDate}>{formatCalendarDate(season.firstDate)}</time> –{" "}
                  <time dateTime={season.lastDate}>{formatCalendarDate(season.lastDate)}</time> ·{" "}
                  {season.trackCount === 1 ? "1 track" : `${season.trackCount} tracks`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-season-heading" className="space-y-4 card p-5">
        <h2 id="new-season-heading" className="text-xl font-bold">
          New season
        </h2>
        <p className="text-sm text-slate-700">Then add its tracks and run the planner on the season&apos;s page.</p>
        <SeasonForm
          target={{ series: s.slug }}
          values={{
            name: "",
            firstDate: "",
            lastDate: "",
            weekday: s.values.defaultWeekday,
            startTime: s.values.defaultStartTime,
            durationMinutes: s.values.defaultDurationMinutes,
            timeZone: s.values.timeZone,
            skipDates: "",
          }}
          timeZones={timeZones}
          action={createSeasonAction}
        />
      </section>
    </div>
  );
}
