// Sessions by month (a sticky header) and week ("This week", "Next week", "Week of Dec 14"), one
// compact row each. The first week shown of what is coming carries the id "this-week", the
// target of the page's "Jump to this week".
import type { SessionDto } from "@/lib/schedule/dto.ts";
import { addDays, formatMonthDay, groupByMonthAndWeek, PACIFIC } from "@/lib/time/format.ts";
import { SessionRow } from "./session-row.tsx";

export function weekLabel(week: string, thisWeek: string): string {
  if (week === thisWeek) return "This week";
  if (week === addDays(thisWeek, 7)) return "Next week";
  return `Week of ${formatMonthDay(`${week}T12:00:00Z`, "UTC")}`;
}

type Props = {
  /** Names the months' sections: "Coming up, December 2026". */
  id: string;
  sessions: SessionDto[];
  thisWeek: string;
  tones: Map<string, number>;
  anchorFirstWeek?: boolean;
};

export function SeasonWeeks({ id, sessions, thisWeek, tones, anchorFirstWeek = false }: Props) {
  return groupByMonthAndWeek(sessions, PACIFIC).map((month, m) => (
    // Named "Coming up, December 2026" and "Earlier this season, December 2026": a month can head both.
    <section key={month.key} aria-labelledby={`${id} ${id}-${month.key}`} className="season-month">
      <h3 id={`${id}-${month.key}`}>{month.label}</h3>
      {month.weeks.map((week, w) => {
        const labelId = `${id}-w-${week.key}`;
        return (
          <div key={week.key} className="season-week" data-testid="season-week" id={anchorFirstWeek && m === 0 && w === 0 ? "this-week" : undefined}>
            <p id={labelId} className="week-label">
              {weekLabel(week.key, thisWeek)}
            </p>
            <ol aria-labelledby={labelId}>
              {week.items.map((session) => (
                <SessionRow key={session.id} session={session} tone={session.track ? tones.get(session.track.slug) : undefined} />
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  ));
}
