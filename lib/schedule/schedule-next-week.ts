// The weekly Paper Club in one step: from a suggested paper, a session on the series' next free
// meeting day (next Wednesday for the weekly club) with that paper and its suggester's note; the
// suggestion becomes scheduled. The session is a draft until the series is published.
import "server-only";
import { newSessionFromDefaults } from "../series/series-defaults.ts";
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { dayKey } from "../time/format.ts";
import { instantAt } from "../time/zoned.ts";
import { parseInput } from "../validation/parse-input.ts";
import { z } from "zod";
import { id, slug } from "../validation/fields.ts";
import { appNow } from "../time/clock.ts";

export const WEEKLY_SERIES = "paper-club";
export const scheduleNextWeekSchema = z.object({ suggestionId: id("suggestion"), series: slug.default(WEEKLY_SERIES) });

/** Local dates of `weekday` after `now` in `zone`: the next one first (never today). */
function* meetingDays(now: Date, weekday: number, zone: string) {
  const today = new TZDate(now.getTime(), zone);
  let day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  do day = addDays(day, 1);
  while (day.getUTCDay() !== weekday);
  for (let i = 0; i < 52; i++) yield dayKey(addDays(day, 7 * i), "UTC");
}

export async function scheduleNextWeek(actor: Actor, input: z.input<typeof scheduleNextWeekSchema>, now = appNow()) {
  assertCan(actor, "schedule.edit");
  const { suggestionId, series: seriesSlug } = parseInput(scheduleNextWeekSchema, input);
  return getDb().$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug: seriesSlug }, omit: { remoteUrl: false } });
    if (!series) throw new AppError("not_found", "There is no such series.");
    // One scheduler per series at a time: two organizers must not take the same week.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paperclub.schedule-week'), hashtext(${series.id}))`;
    const rows = await tx.$queryRaw<{ id: string; kind: string; status: string; paper_id: string | null; reason: string; title: string }[]>`
      SELECT id, kind::text, status::text, paper_id, reason, title FROM suggestions WHERE id = ${suggestionId}::uuid FOR UPDATE`;
    const suggestion = rows[0];
    if (!suggestion) throw new AppError("not_found", "There is no such suggestion.");
    if (!suggestion.paper_id) throw new AppError("conflict", "A topic is not a paper: schedule its papers one by one.");
    if (!["OPEN", "ACCEPTED"].includes(suggestion.status))
      throw new AppError("conflict", `This suggestion is already ${suggestion.status.toLowerCase()}.`);
    const paper = await tx.paper.findUniqueOrThrow({ where: { id: suggestion.paper_id }, select: { title: true } });

    const existing = await tx.session.findMany({
      where: { seriesId: series.id, removedAt: null, startsAt: { gt: now } },
      select: { startsAt: true, timeZone: true },
    });
    const taken = new Set(existing.map((s) => dayKey(s.startsAt, s.timeZone)));
    const date = [...meetingDays(now, series.defaultWeekday, series.timeZone)].find((d) => !taken.has(d));
    if (!date) throw new AppError("conflict", "Every week of the coming year already has a session.");
    const startsAt = instantAt(date, series.defaultStartTime, series.timeZone);
    const session = await tx.session.create({
      data: {
        seriesId: series.id,
        title: paper.title,
        description: suggestion.reason,
        ...newSessionFromDefaults(series, startsAt),
        editedByHandAt: now,
      },
      select: { id: true },
    });
    const slot = await tx.slot.create({
      data: { sessionId: session.id, paperId: suggestion.paper_id, position: 0, durationMinutes: 30 },
      select: { id: true },
    });
    await tx.suggestion.update({
      where: { id: suggestionId },
      data: { status: "SCHEDULED", scheduledSlotId: slot.id, decidedById: actor.id, decidedAt: now },
    });
    await writeAudit(
      { actorId: actor.id, action: "suggestion.scheduled", targetType: "suggestion", targetId: suggestionId, data: { sessionId: session.id, date } },
      tx,
    );
    return { sessionId: session.id, series: series.slug, seriesName: series.name, startsAt: startsAt.toISOString(), timeZone: series.timeZone };
  });
}
