import Link from "@/components/ui/link.tsx";
import type { ScheduleFilter } from "@/lib/schedule/schemas.ts";
import type { SeriesSummaryDto } from "@/lib/schedule/list-series.ts";

// A plain GET form: works without JavaScript and every filter is a shareable URL.
export function ScheduleFilters({ series, filter }: { series: SeriesSummaryDto[]; filter: ScheduleFilter }) {
  const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm";
  return (
    <form
      method="get"
      action="/schedule"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 sm:items-end lg:grid-cols-5"
    >
      <div>
        <label htmlFor="filter-series" className="text-sm font-medium text-slate-800">
          Series
        </label>
        <select id="filter-series" name="series" defaultValue={filter.series ?? ""} className={selectClass}>
          <option value="">All series</option>
          {series.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-track" className="text-sm font-medium text-slate-800">
          Track
        </label>
        <select id="filter-track" name="track" defaultValue={filter.track ?? ""} className={selectClass}>
          <option value="">All tracks</option>
          {series
            .filter((s) => s.tracks.length > 0)
            .map((s) => (
              <optgroup key={s.slug} label={s.name}>
                {s.tracks.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-mode" className="text-sm font-medium text-slate-800">
          Attend
        </label>
        <select id="filter-mode" name="mode" defaultValue={filter.mode ?? ""} className={selectClass}>
          <option value="">In person or remote</option>
          <option value="in_person">In person (San Francisco)</option>
          <option value="remote">Remote (Zoom)</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-when" className="text-sm font-medium text-slate-800">
          When
        </label>
        <select id="filter-when" name="when" defaultValue={filter.when ?? "season"} className={selectClass}>
          <option value="season">This season</option>
          <option value="upcoming">Upcoming</option>
          <option value="past">Past</option>
          <option value="all">All sessions</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800">
          Show
        </button>
        <Link href="/schedule" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline-offset-2 hover:underline">
          Clear
        </Link>
      </div>
    </form>
  );
}
