// The season planner against the database: preview what the plan would create or move in a
// season's draft, and apply it. Sessions edited by hand are never overwritten (they are
// reported), orphaned ones are never deleted, and nothing is public until the series is published.
import "server-only";
import { newSessionFromDefaults } from "../series/series-defaults.ts";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { seasonRef } from "../series/schemas.ts";
import { dayKey } from "../time/format.ts";
import { parseInput } from "../validation/parse-input.ts";
import { diffPlan, type PlanDiff } from "./diff-plan.ts";
import { planSeason, type Plan } from "./plan-season.ts";

export type PlannerPreview = {
  season: { id: string; name: string; seriesSlug: string; timeZone: string };
  plan: Plan;
  diff: PlanDiff;
  titles: Record<string, string>;
};

async function loadPlan(tx: Prisma.TransactionClient, seasonId: string): Promise<PlannerPreview> {
  const season = await tx.season.findUnique({
    where: { id: seasonId },
    include: {
      series: { select: { slug: true } },
      tracks: { orderBy: { position: "asc" }, select: { id: true, name: true, plannedWeeks: true } },
      sessions: {
        where: { removedAt: null },
        select: { id: true, title: true, trackId: true, trackWeek: true, startsAt: true, endsAt: true, editedByHandAt: true, status: true },
      },
    },
  });
  if (!season) throw new AppError("not_found", "There is no such season.");
  const plan = planSeason({
    firstDate: dayKey(season.firstDate, "UTC"),
    lastDate: dayKey(season.lastDate, "UTC"),
    weekday: season.weekday,
    startTime: season.startTime,
    durationMinutes: season.durationMinutes,
    timeZone: season.timeZone,
    skipDates: season.skipDates.map((d) => dayKey(d, "UTC")),
    tracks: season.tracks,
  });
  const diff = diffPlan(
    plan,
    season.sessions.map((s) => ({ ...s, editedByHand: s.editedByHandAt !== null })),
  );
  return {
    season: { id: season.id, name: season.name, seriesSlug: season.series.slug, timeZone: season.timeZone },
    plan,
    diff,
    titles: Object.fromEntries(season.sessions.map((s) => [s.id, s.title ?? ""])),
  };
}

export async function previewSeasonPlan(actor: Actor, input: z.input<typeof seasonRef>): Promise<PlannerPreview> {
  assertCan(actor, "schedule.edit");
  const { seasonId } = parseInput(seasonRef, input);
  return getDb().$transaction((tx) => loadPlan(tx, seasonId));
}

export async function applySeasonPlan(actor: Actor, input: z.input<typeof seasonRef>) {
  assertCan(actor, "schedule.edit");
  const { seasonId } = parseInput(seasonRef, input);
  return getDb().$transaction(
    async (tx) => {
      // One planner run per season at a time: two runs must not both create the same weeks.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('paperclub.planner'), hashtext(${seasonId}))`;
      const preview = await loadPlan(tx, seasonId);
      const series = await tx.series.findFirstOrThrow({ where: { seasons: { some: { id: seasonId } } }, omit: { remoteUrl: false } });
      const tracks = new Map(
        (await tx.track.findMany({ where: { seasonId }, select: { id: true, name: true, plannedWeeks: true } })).map((t) => [t.id, t]),
      );
      for (const p of preview.diff.create) {
        const track = tracks.get(p.trackId)!;
        await tx.session.create({
          data: {
            seriesId: series.id,
            seasonId,
            trackId: p.trackId,
            trackWeek: p.trackWeek,
            title: track.plannedWeeks > 1 ? `${track.name} (part ${p.trackWeek})` : track.name,
            ...newSessionFromDefaults(series, p.startsAt, p.endsAt),
            timeZone: preview.season.timeZone,
          },
        });
      }
      for (const u of preview.diff.update)
        await tx.session.update({ where: { id: u.id }, data: { startsAt: u.planned.startsAt, endsAt: u.planned.endsAt } });
      const summary = {
        created: preview.diff.create.length,
        moved: preview.diff.update.length,
        keptEdits: preview.diff.keptEdits.length,
        orphaned: preview.diff.orphaned.length,
        overflow: preview.plan.overflow.length,
      };
      await writeAudit({ actorId: actor.id, action: "season.planned", targetType: "season", targetId: seasonId, data: summary }, tx);
      return summary;
    },
    { timeout: 30_000 },
  );
}
