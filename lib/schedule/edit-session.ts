// Organizers create and change sessions in the draft of a series. Nothing here is public until
// the series is published (lib/publications/publish-schedule.ts). Each change is audited in
// its own transaction and marks the session as edited by hand, so the planner never overwrites it.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { instantAt } from "../time/zoned.ts";
import { parseInput } from "../validation/parse-input.ts";
import { mergePatch } from "../validation/patch.ts";
import { RSVP_TRANSACTION } from "../rsvps/answer-rsvp.ts";
import { lockSession, promoteWaitlist, type Links } from "../rsvps/seats.ts";
import { getDraftSession } from "./get-draft-session.ts";
import {
  cancelSessionSchema,
  createSessionSchema,
  sessionRefSchema,
  updateSessionSchema,
  type CreateSessionInput,
  type UpdateSessionInput,
} from "./edit-schemas.ts";
import { appNow } from "../time/clock.ts";

type Fields = Omit<ReturnType<typeof createSessionSchema.parse>, "series">;

async function trackOf(tx: Prisma.TransactionClient, seriesId: string, slug: string | undefined) {
  if (!slug) return { trackId: null, seasonId: null };
  const track = await tx.track.findFirst({ where: { slug, season: { seriesId } }, select: { id: true, seasonId: true } });
  if (!track) throw new AppError("validation", "That track is not in this series.", { track: "Choose a track of this series." });
  return { trackId: track.id, seasonId: track.seasonId };
}

function columns(f: Fields, zone: string) {
  const startsAt = instantAt(f.date, f.startTime, zone);
  return {
    title: f.title || null,
    description: f.description,
    startsAt,
    endsAt: new Date(startsAt.getTime() + f.durationMinutes * 60_000),
    timeZone: zone,
    isInPerson: f.isInPerson,
    isRemote: f.isRemote,
    venueName: f.isInPerson ? f.venueName || null : null,
    venueAddress: f.isInPerson ? f.venueAddress || null : null,
    seats: f.isInPerson ? f.seats : null,
    remoteUrl: f.isRemote ? f.remoteUrl || null : null,
    recordingUrl: f.recordingUrl || null,
    slidesUrl: f.slidesUrl || null,
  };
}

export async function createSession(actor: Actor, input: CreateSessionInput) {
  assertCan(actor, "schedule.edit");
  const { series: slug, ...fields } = parseInput(createSessionSchema, input);
  return getDb().$transaction(async (tx) => {
    const series = await tx.series.findUnique({ where: { slug }, select: { id: true, timeZone: true } });
    if (!series) throw new AppError("not_found", "There is no such series.");
    const data = { ...columns(fields, fields.timeZone ?? series.timeZone), ...(await trackOf(tx, series.id, fields.track)) };
    const session = await tx.session.create({
      data: { ...data, seriesId: series.id, status: "DRAFT", editedByHandAt: appNow() },
      select: { id: true },
    });
    await writeAudit(
      {
        actorId: actor.id,
        action: "session.created",
        targetType: "session",
        targetId: session.id,
        data: { title: data.title, startsAt: data.startsAt.toISOString() },
      },
      tx,
    );
    return { id: session.id };
  });
}

export async function updateSession(actor: Actor, input: UpdateSessionInput, links: Links = {}) {
  assertCan(actor, "schedule.edit");
  const { sessionId, ...fields } = parseInput(updateSessionSchema, input);
  return getDb().$transaction(async (tx) => {
    // The seat count changes under the same row lock as RSVPs (lib/rsvps/seats.ts).
    const session = await lockSession(tx, sessionId);
    if (!session || session.removedAt) throw new AppError("not_found", "There is no such session.");
    const data = { ...columns(fields, fields.timeZone ?? session.timeZone), ...(await trackOf(tx, session.seriesId, fields.track)) };
    if (data.seats !== null && data.seats < session.inPersonConfirmed)
      throw new AppError("validation", "Fewer seats than people who already have one.", {
        seats: `${session.inPersonConfirmed} people already have a seat: keep at least that many.`,
      });
    if (!data.isInPerson && session.inPersonConfirmed > 0)
      throw new AppError("validation", "People already have a seat in person.", { isInPerson: "Move the in-person RSVPs to remote before." });
    // The mirror rule: nobody may be left joining remotely a session that is no longer remote
    // (an RSVP can never choose that mode, and their reminder would have no link).
    if (!data.isRemote) {
      const remote = await tx.rsvp.count({ where: { sessionId, mode: "REMOTE", status: "CONFIRMED" } });
      if (remote > 0) throw new AppError("validation", "People already joined remotely.", { isRemote: "Move the remote RSVPs to in person before." });
    }
    await tx.session.update({ where: { id: sessionId }, data: { ...data, editedByHandAt: appNow() } });
    // More seats go to the people in line; with no room at all, the line (remote meanwhile) is remote.
    if (data.isInPerson) await promoteWaitlist(tx, sessionId, links);
    else await tx.rsvp.updateMany({ where: { sessionId, status: "WAITLISTED" }, data: { mode: "REMOTE", status: "CONFIRMED", waitlistSeq: null } });
    await writeAudit({ actorId: actor.id, action: "session.updated", targetType: "session", targetId: sessionId, data: { title: data.title } }, tx);
    return { id: sessionId };
  }, RSVP_TRANSACTION);
}

export async function cancelSession(actor: Actor, input: { sessionId: string; reason: string }) {
  assertCan(actor, "schedule.edit");
  const { sessionId, reason } = parseInput(cancelSessionSchema, input);
  return getDb().$transaction(async (tx) => {
    const changed = await tx.session.updateMany({
      where: { id: sessionId, removedAt: null },
      data: { status: "CANCELLED", cancelReason: reason, editedByHandAt: appNow() },
    });
    if (changed.count === 0) throw new AppError("not_found", "There is no such session.");
    await writeAudit({ actorId: actor.id, action: "session.cancelled", targetType: "session", targetId: sessionId, data: { reason } }, tx);
    return { id: sessionId, status: "cancelled" as const };
  });
}

/** Whether any publication of its series ever held this session. */
async function wasPublished(tx: Prisma.TransactionClient, sessionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM publications p
    WHERE p.snapshot->'sessions' @> ${JSON.stringify([{ id: sessionId }])}::jsonb`;
  return rows[0].n > 0;
}

export async function restoreSession(actor: Actor, input: { sessionId: string }) {
  assertCan(actor, "schedule.edit");
  const { sessionId } = parseInput(sessionRefSchema, input);
  return getDb().$transaction(async (tx) => {
    // Back to where it was: published, or still a draft if it never was.
    const status = (await wasPublished(tx, sessionId)) ? "PUBLISHED" : "DRAFT";
    const changed = await tx.session.updateMany({
      where: { id: sessionId, removedAt: null, status: "CANCELLED" },
      data: { status, cancelReason: null, editedByHandAt: appNow() },
    });
    if (changed.count === 0) throw new AppError("not_found", "There is no such cancelled session.");
    await writeAudit({ actorId: actor.id, action: "session.restored", targetType: "session", targetId: sessionId }, tx);
    return { id: sessionId, status: "scheduled" as const };
  });
}

/** A session never published goes away; a published one is marked removed and leaves the
 *  schedule at the next publication (its RSVPs stay for the record). */
export async function removeSession(actor: Actor, input: { sessionId: string }) {
  assertCan(actor, "schedule.edit");
  const { sessionId } = parseInput(sessionRefSchema, input);
  return getDb().$transaction(async (tx) => {
    const session = await tx.session.findFirst({
      where: { id: sessionId, removedAt: null },
      select: { id: true, status: true, title: true, _count: { select: { rsvps: true } } },
    });
    if (!session) throw new AppError("not_found", "There is no such session.");
    if (!(await wasPublished(tx, sessionId)) && session._count.rsvps === 0) {
      await tx.slot.deleteMany({ where: { sessionId, claims: { none: {} } } });
      const left = await tx.slot.count({ where: { sessionId } });
      if (left === 0) await tx.session.delete({ where: { id: sessionId } });
      else await tx.session.update({ where: { id: sessionId }, data: { removedAt: appNow() } });
    } else {
      await tx.session.update({ where: { id: sessionId }, data: { removedAt: appNow(), editedByHandAt: appNow() } });
    }
    await writeAudit(
      { actorId: actor.id, action: "session.removed", targetType: "session", targetId: sessionId, data: { title: session.title } },
      tx,
    );
    return { id: sessionId, removed: true as const };
  });
}

/** The API's PATCH: the given fields over the session's current ones, validated as a whole. */
export async function patchSession(actor: Actor, input: { sessionId: string; changes: Record<string, unknown> }, links: Links = {}) {
  const current = await getDraftSession(actor, { sessionId: input.sessionId });
  return updateSession(actor, { sessionId: current.id, ...mergePatch(current.values, input.changes) } as UpdateSessionInput, links);
}
