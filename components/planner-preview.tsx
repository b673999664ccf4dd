// What running the season planner would do to the draft: each planned session with its status, the
// dates skipped or left free, the track weeks that do not fit, and the sessions the plan no longer has.
import Link from "@/components/ui/link.tsx";
import type { applyPlanAction } from "@/app/organize/series-actions.ts";
import type { PlannerPreview as Preview } from "@/lib/planner/run-planner.ts";
import { dayKey, formatCalendarDate, formatDate, formatTime } from "@/lib/time/format.ts";
import { ApplyPlanForm } from "./apply-plan-form.tsx";
import { Badge } from "./ui/badge.tsx";

type Props = { preview: Preview; lastDate: string; applyAction: typeof applyPlanAction };

type Row = { key: string; order: number; startsAt: Date; track: string; week: number; sessionId: string | null; status: React.ReactNode };

function when(instant: Date, zone: string) {
  return `${formatDate(instant, zone)} · ${formatTime(instant, zone)}`;
}

function rows({ diff, season }: Preview): Row[] {
  const zone = season.timeZone;
  const row = (p: Preview["plan"]["sessions"][number], startsAt: Date, sessionId: string | null, status: React.ReactNode): Row => ({
    key: `${p.trackId}-${p.trackWeek}`,
    order: p.startsAt.getTime(),
    startsAt,
    track: p.trackName,
    week: p.trackWeek,
    sessionId,
    status,
  });
  const movedFrom = (from: Date, to: Date) => (dayKey(from, zone) === dayKey(to, zone) ? formatTime(from, zone) : formatDate(from, zone));
  return [
    ...diff.create.map((p) => row(p, p.startsAt, null, <Badge tone="brand">new</Badge>)),
    ...diff.update.map((u) =>
      row(u.planned, u.planned.startsAt, u.id, <Badge tone="amber">moves from {movedFrom(u.from.startsAt, u.planned.startsAt)}</Badge>),
    ),
    ...diff.keptEdits.map((k) =>
      row(k.planned, k.actual.startsAt, k.id, <Badge>kept: edited by hand (plan says {when(k.planned.startsAt, zone)})</Badge>),
    ),
    ...diff.unchanged.map((u) => row(u.planned, u.planned.startsAt, u.id, <span className="text-slate-600">unchanged</span>)),
  ].sort((a, b) => a.order - b.order);
}

function DateList({ dates }: { dates: string[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      {dates.map((d) => (
        <li key={d}>
          <time dateTime={d}>{formatCalendarDate(d)}</time>
        </li>
      ))}
    </ul>
  );
}

const linkClass = "text-brand-700 underline underline-offset-2 hover:text-brand-800";

export function PlannerPreview({ preview, lastDate, applyAction }: Props) {
  const { season, plan, diff, titles } = preview;
  const zone = season.timeZone;
  const table = rows(preview);
  const sessionLink = (id: string) => (
    <Link href={`/organize/sessions/${id}`} className={linkClass}>
      {titles[id] || "the session"}
    </Link>
  );
  return (
    <div className="space-y-6">
      {table.length === 0 ? (
        <p className="text-slate-700">The plan has no sessions: add tracks above, or check the season&apos;s dates.</p>
      ) : (
        <div className="overflow-x-auto card">
          <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="planner-preview">
            <caption className="sr-only">Planned sessions, in {zone.replaceAll("_", " ")} time</caption>
            <thead className="bg-slate-50 text-left text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                  Date ({zone.replaceAll("_", " ")})
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Track
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Week
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Status
                </th>
                <th scope="col" className="px-3 py-2 font-semibold">
                  Session
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {table.map((r) => (
                <tr key={r.key}>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={r.startsAt.toISOString()}>{when(r.startsAt, zone)}</time>
                  </td>
                  <td className="px-3 py-2">{r.track}</td>
                  <td className="px-3 py-2 whitespace-nowrap">week {r.week}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{r.status}</td>
                  <td className="px-3 py-2">{r.sessionId ? sessionLink(r.sessionId) : <span className="text-slate-600">to create</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {plan.overflow.length > 0 ? (
        <div data-tone="warning" className="alert space-y-1">
          <h3 className="font-semibold">Tracks that do not fit before {formatCalendarDate(lastDate)}</h3>
          <ul className="list-disc pl-5" data-testid="planner-overflow">
            {plan.overflow.map((o) => (
              <li key={o.trackId}>
                {o.trackName}: {o.weeks.length === 1 ? "week" : "weeks"} {o.weeks.join(", ")}
              </li>
            ))}
          </ul>
          <p>Move the last date later, skip fewer dates, or plan fewer weeks.</p>
        </div>
      ) : null}

      {plan.skipped.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Skipped dates</h3>
          <DateList dates={plan.skipped} />
        </div>
      ) : null}

      {plan.freeWeeks.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Free weeks</h3>
          <p className="text-sm text-slate-700">No track is planned on these dates.</p>
          <DateList dates={plan.freeWeeks} />
        </div>
      ) : null}

      {diff.orphaned.length > 0 ? (
        <div className="space-y-1">
          <h3 className="font-semibold">Sessions the plan no longer has</h3>
          <p className="text-sm text-slate-700">Not deleted — remove them from the draft by hand if needed.</p>
          <ul className="list-disc pl-5 text-sm text-slate-800" data-testid="planner-orphaned">
            {diff.orphaned.map((s) => (
              <li key={s.id}>
                <time dateTime={s.startsAt.toISOString()}>{when(s.startsAt, zone)}</time>: {sessionLink(s.id)}
                {s.trackWeek ? `, week ${s.trackWeek}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <ApplyPlanForm seasonId={season.id} creates={diff.create.length} moves={diff.update.length} action={applyAction} />
    </div>
  );
}
