// Where "this season" starts for the schedule's first view: the first day of the earliest
// season still running or still to come that has begun (its last day not passed), across the
// series asked for. No season running: null, and the view is what is upcoming. One statement.
import "server-only";
import { getDb } from "../db/index.ts";
import { dayKey } from "../time/format.ts";

export async function currentSeasonStart(seriesSlug: string | undefined, now: Date): Promise<string | null> {
  // A day of slack: a season's dates are calendar days in its own zone, "today" here is UTC's.
  const today = dayKey(new Date(now.getTime() - 86_400_000), "UTC");
  const season = await getDb().season.findFirst({
    where: {
      lastDate: { gte: new Date(`${today}T00:00:00Z`) },
      firstDate: { lte: now },
      ...(seriesSlug ? { series: { slug: seriesSlug } } : {}),
    },
    orderBy: { firstDate: "asc" },
    select: { firstDate: true },
  });
  // A @db.Date comes back as midnight UTC of that calendar day.
  return season ? dayKey(season.firstDate, "UTC") : null;
}
