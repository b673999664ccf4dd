// The leads of a track (issue 20): organizers name and remove them. A lead curates the track's
// readings (and, as the issue lands further, triages its suggestions and decides its claims),
// checked against the track of the object in lib/auth/permissions.ts. Idempotent: naming a lead
// twice, or removing someone who is not one, changes nothing and writes no audit entry.
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { writeAudit } from "../audit/write-audit.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { id, slug } from "../validation/fields.ts";
import { parseInput } from "../validation/parse-input.ts";

export const trackLeadSchema = z.object({ track: slug, userId: id("person") });

export type TrackLeadAnswer = { track: string; userId: string; lead: boolean };

export async function setTrackLead(actor: Actor, input: { track: string; userId: string }, lead: boolean): Promise<TrackLeadAnswer> {
  assertCan(actor, "track.leads");
  const { track: trackSlug, userId } = parseInput(trackLeadSchema, input);
  return getDb().$transaction(async (tx) => {
    const track = await tx.track.findUnique({ where: { slug: trackSlug }, select: { id: true, slug: true } });
    if (!track) throw new AppError("not_found", "There is no such track.");
    const person = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
    if (!person) throw new AppError("not_found", "There is no such person.");
    const changed = lead
      ? (await tx.trackLead.createMany({ data: [{ trackId: track.id, userId, namedById: actor.id }], skipDuplicates: true })).count
      : (await tx.trackLead.deleteMany({ where: { trackId: track.id, userId } })).count;
    if (changed > 0)
      await writeAudit(
        {
          actorId: actor.id,
          action: lead ? "track.lead_named" : "track.lead_removed",
          targetType: "track",
          targetId: track.id,
          data: { slug: track.slug, userId },
        },
        tx,
      );
    return { track: track.slug, userId, lead };
  });
}

/** The leads of a track, by name, for its public page (names only: nothing private). */
export async function trackLeadNames(trackId: string): Promise<string[]> {
  const rows = await getDb().trackLead.findMany({
    where: { trackId, user: { deletedAt: null } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { name: true } } },
  });
  return rows.map((r) => r.user.name).filter((n): n is string => Boolean(n));
}
