// Organizers create and change series, their seasons and their tracks (the planner's inputs).
// Each change is audited in its own transaction.
import "server-only";
import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { parseInput } from "../validation/parse-input.ts";
import { mergePatch } from "../validation/patch.ts";
import {
  createSeasonSchema,
  createSeriesSchema,
  createTrackSchema,
  moveTrackSchema,
  seriesRef,
  trackRef,
  updateSeasonSchema,
  updateSeriesSchema,
  updateTrackSchema,
} from "./schemas.ts";

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

function seriesColumns(f: Omit<z.output<typeof createSeriesSchema>, "slug">) {
  return {
    name: f.name,
    description: f.description,
    timeZone: f.timeZone,
    defaultWeekday: f.defaultWeekday,
    defaultStartTime: f.defaultStartTime,
    defaultDurationMinutes: f.defaultDurationMinutes,
    defaultInPerson: f.defaultInPerson,
    defaultRemote: f.defaultRemote,
    venueName: f.venueName || null,
    venueAddress: f.venueAddress || null,
    seats: f.seats,
    remoteUrl: f.remoteUrl || null,
    claimApprovalRequired: f.claimApprovalRequired,
  };
}

export async function createSeries(actor: Actor, input: z.input<typeof createSeriesSchema>) {
  assertCan(actor, "schedule.edit");
  const { slug, ...fields } = parseInput(createSeriesSchema, input);
  return getDb().$transaction(async (tx) => {
    if (await tx.series.findUnique({ where: { slug }, select: { id: true } }))
      throw new AppError("validation", "That address is taken.", { slug: "Another series has this short name." });
    const series = await tx.series.create({ data: { slug, ...seriesColumns(fields) }, select: { id: true, slug: true } });
    await writeAudit({ actorId: actor.id, action: "series.created", targetType: "series", targetId: series.id, data: { slug } }, tx);
    return series;
  });
}

export async function updateSeries(actor: Actor, input: z.input<typeof updateSeriesSchema>) {
  assertCan(actor, "schedule.edit");
  const { series: slug, ...fields } = parseInput(updateSeriesSchema, input);
  return getDb().$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug }, select: { id: true } });
    if (!series) throw new AppError("not_found", "There is no such series.");
    await tx.series.update({ where: { id: series.id }, data: seriesColumns(fields) });
    await writeAudit({ actorId: actor.id, action: "series.updated", targetType: "series", targetId: series.id, data: { slug } }, tx);
    return { id: series.id, slug };
  });
}

function seasonColumns(f: Omit<z.output<typeof updateSeasonSchema>, "seasonId">) {
  return {
    name: f.name,
    firstDate: utcDate(f.firstDate),
    lastDate: utcDate(f.lastDate),
    weekday: f.weekday,
    startTime: f.startTime,
    durationMinutes: f.durationMinutes,
    timeZone: f.timeZone,
    skipDates: f.skipDates.map(utcDate),
  };
}

export async function createSeason(actor: Actor, input: z.input<typeof createSeasonSchema>) {
  assertCan(actor, "schedule.edit");
  const { series: seriesSlug, slug, ...fields } = parseInput(createSeasonSchema, input);
  return getDb().$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug: seriesSlug }, select: { id: true } });
    if (!series) throw new AppError("not_found", "There is no such series.");
    if (await tx.season.findUnique({ where: { seriesId_slug: { seriesId: series.id, slug } }, select: { id: true } }))
      throw new AppError("validation", "That short name is taken.", { slug: "This series already has a season with this short name." });
    const season = await tx.season.create({ data: { seriesId: series.id, slug, ...seasonColumns(fields) }, select: { id: true } });
    await writeAudit({ actorId: actor.id, action: "season.created", targetType: "season", targetId: season.id, data: { slug } }, tx);
    return season;
  });
}

export async function updateSeason(actor: Actor, input: z.input<typeof updateSeasonSchema>) {
  assertCan(actor, "schedule.edit");
  const { seasonId, ...fields } = parseInput(updateSeasonSchema, input);
  return getDb().$transaction(async (tx) => {
    const changed = await tx.season.updateMany({ where: { id: seasonId }, data: seasonColumns(fields) });
    if (changed.count === 0) throw new AppError("not_found", "There is no such season.");
    await writeAudit({ actorId: actor.id, action: "season.updated", targetType: "season", targetId: seasonId }, tx);
    return { id: seasonId };
  });
}

export async function createTrack(actor: Actor, input: z.input<typeof createTrackSchema>) {
  assertCan(actor, "schedule.edit");
  const { seasonId, slug, ...fields } = parseInput(createTrackSchema, input);
  return getDb().$transaction(async (tx) => {
    // Tracks are numbered per season: one writer at a time.
    const season = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM seasons WHERE id = ${seasonId}::uuid FOR UPDATE`;
    if (!season[0]) throw new AppError("not_found", "There is no such season.");
    if (await tx.track.findUnique({ where: { slug }, select: { id: true } }))
      throw new AppError("validation", "That short name is taken.", { slug: "Another track has this short name (it is its address, /tracks/…)." });
    const last = await tx.track.findFirst({ where: { seasonId }, orderBy: { position: "desc" }, select: { position: true } });
    const track = await tx.track.create({
      data: { seasonId, slug, ...fields, position: (last?.position ?? -1) + 1 },
      select: { id: true, slug: true },
    });
    await writeAudit({ actorId: actor.id, action: "track.created", targetType: "track", targetId: track.id, data: { slug } }, tx);
    return track;
  });
}

export async function updateTrack(actor: Actor, input: z.input<typeof updateTrackSchema>) {
  assertCan(actor, "schedule.edit");
  const { track: slug, ...fields } = parseInput(updateTrackSchema, input);
  return getDb().$transaction(async (tx) => {
    const track = await tx.track.findUnique({ where: { slug }, select: { id: true } });
    if (!track) throw new AppError("not_found", "There is no such track.");
    await tx.track.update({ where: { id: track.id }, data: fields });
    await writeAudit({ actorId: actor.id, action: "track.updated", targetType: "track", targetId: track.id, data: { slug } }, tx);
    return { id: track.id, slug };
  });
}

/** Removes a track; its sessions stay, without a track. */
export async function deleteTrack(actor: Actor, input: z.input<typeof trackRef>) {
  assertCan(actor, "schedule.edit");
  const { track: slug } = parseInput(trackRef, input);
  return getDb().$transaction(async (tx) => {
    const track = await tx.track.findUnique({ where: { slug }, select: { id: true, seasonId: true, position: true } });
    if (!track) throw new AppError("not_found", "There is no such track.");
    await tx.$queryRaw`SELECT id FROM seasons WHERE id = ${track.seasonId}::uuid FOR UPDATE`;
    await tx.session.updateMany({ where: { trackId: track.id }, data: { trackWeek: null } });
    await tx.track.delete({ where: { id: track.id } });
    await tx.track.updateMany({ where: { seasonId: track.seasonId, position: { gt: track.position } }, data: { position: { decrement: 1 } } });
    await writeAudit({ actorId: actor.id, action: "track.deleted", targetType: "track", targetId: track.id, data: { slug } }, tx);
    return { slug, deleted: true as const };
  });
}

/** Moves a track up or down in its season's order (the planner follows this order). */
export async function moveTrack(actor: Actor, input: z.input<typeof moveTrackSchema>) {
  assertCan(actor, "schedule.edit");
  const { track: slug, direction } = parseInput(moveTrackSchema, input);
  return getDb().$transaction(async (tx) => {
    const track = await tx.track.findUnique({ where: { slug }, select: { id: true, seasonId: true, position: true } });
    if (!track) throw new AppError("not_found", "There is no such track.");
    await tx.$queryRaw`SELECT id FROM seasons WHERE id = ${track.seasonId}::uuid FOR UPDATE`;
    const neighbour = await tx.track.findFirst({
      where: { seasonId: track.seasonId, position: direction === "up" ? { lt: track.position } : { gt: track.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (neighbour) {
      await tx.track.update({ where: { id: neighbour.id }, data: { position: track.position } });
      await tx.track.update({ where: { id: track.id }, data: { position: neighbour.position } });
      await writeAudit({ actorId: actor.id, action: "track.moved", targetType: "track", targetId: track.id, data: { slug, direction } }, tx);
    }
    return { slug };
  });
}

/** The API's PATCH of a series: the given fields over its current settings, validated as a whole. */
export async function patchSeries(actor: Actor, input: { series: string; changes: Record<string, unknown> }) {
  assertCan(actor, "schedule.edit");
  const row = await getDb().series.findUnique({ where: { slug: input.series }, omit: { remoteUrl: false } });
  if (!row) throw new AppError("not_found", "There is no such series.");
  const current = {
    name: row.name,
    description: row.description,
    timeZone: row.timeZone,
    defaultWeekday: row.defaultWeekday,
    defaultStartTime: row.defaultStartTime,
    defaultDurationMinutes: row.defaultDurationMinutes,
    defaultInPerson: row.defaultInPerson,
    defaultRemote: row.defaultRemote,
    venueName: row.venueName ?? "",
    venueAddress: row.venueAddress ?? "",
    seats: row.seats,
    remoteUrl: row.remoteUrl ?? "",
    claimApprovalRequired: row.claimApprovalRequired,
  };
  return updateSeries(actor, { series: row.slug, ...mergePatch(current, input.changes) } as z.input<typeof updateSeriesSchema>);
}

/** The API's PATCH of a track. */
export async function patchTrack(actor: Actor, input: { track: string; changes: Record<string, unknown> }) {
  assertCan(actor, "schedule.edit");
  const row = await getDb().track.findUnique({
    where: { slug: input.track },
    select: { slug: true, name: true, description: true, plannedWeeks: true },
  });
  if (!row) throw new AppError("not_found", "There is no such track.");
  const { slug, ...current } = row;
  return updateTrack(actor, { track: slug, ...mergePatch(current, input.changes) } as z.input<typeof updateTrackSchema>);
}

/** Deletes a series that never had a session or a publication (a mistake); anything else is kept. */
export async function deleteSeries(actor: Actor, input: z.input<typeof seriesRef>) {
  assertCan(actor, "schedule.edit");
  const { series: slug } = parseInput(seriesRef, input);
  return getDb().$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug }, select: { id: true, _count: { select: { sessions: true, publications: true } } } });
    if (!series) throw new AppError("not_found", "There is no such series.");
    if (series._count.sessions > 0 || series._count.publications > 0)
      throw new AppError(
        "conflict",
        "This series has sessions or was published: it stays, for its history. Remove its sessions from the draft instead.",
      );
    await tx.series.delete({ where: { id: series.id } });
    await writeAudit({ actorId: actor.id, action: "series.deleted", targetType: "series", targetId: series.id, data: { slug } }, tx);
    return { slug, deleted: true as const };
  });
}
