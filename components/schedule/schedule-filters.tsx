import Link from "@/components/ui/link.tsx";
import type { ScheduleFilter } from "@/lib/schedule/schemas.ts";
import type { SeriesSummaryDto } from "@/lib/schedule/list-series.ts";
import { FILTER_SUBMIT, FilterSelect, SlugOptions } from "../ui/filter-select.tsx";

// A plain GET form: works without JavaScript and every filter is a shareable URL. Folded under
// "More filters" (the track chips above it are the common case), open when one of its filters is set.
export function ScheduleFilters({ series, filter }: { series: SeriesSummaryDto[]; filter: ScheduleFilter }) {
  const open = Boolean(filter.series || filter.mode || (filter.when && filter.when !== "season"));
  return (
    <details className="text-sm" open={open}>
      <summary className="cursor-pointer font-semibold text-brand-700">More filters</summary>
      <form method="get" action="/schedule" className="mt-2 grid gap-3 card p-4 sm:grid-cols-2 sm:items-end lg:grid-cols-5">
        <FilterSelect id="filter-series" name="series" label="Series" defaultValue={filter.series ?? ""}>
          <SlugOptions all="All series" items={series} />
        </FilterSelect>
        <FilterSelect id="filter-track" name="track" label="Track" defaultValue={filter.track ?? ""}>
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
        </FilterSelect>
        <FilterSelect id="filter-mode" name="mode" label="Attend" defaultValue={filter.mode ?? ""}>
          <option value="">In person or remote</option>
          <option value="in_person">In person (San Francisco)</option>
          <option value="remote">Remote (Zoom)</option>
        </FilterSelect>
        <FilterSelect id="filter-when" name="when" label="When" defaultValue={filter.when ?? "season"}>
          <option value="season">This season</option>
          <option value="upcoming">Upcoming</option>
          <option value="past">Past</option>
          <option value="all">All sessions</option>
        </FilterSelect>
        <div className="flex gap-2">
          <button type="submit" className={FILTER_SUBMIT}>
            Show
          </button>
          <Link href="/schedule" className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 underline-offset-2 hover:underline">
            Clear
          </Link>
        </div>
      </form>
    </details>
  );
}
