// What needs an organizer's attention: upcoming sessions still missing speakers, claims
// waiting for approval, drafts not yet published, new suggestions.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { ACTIVE_CLAIM_STATUSES } from "../schedule/dto.ts";
import { appNow } from "../time/clock.ts";

export async function getConsoleSummary(actor: Actor, now = appNow()) {
  assertCan(actor, "console.view");
  const db = getDb();
  const [openSlots, pendingClaims, drafts, newSuggestions, missingRecordings] = await Promise.all([
    db.slot.count({
      where: { session: { status: "PUBLISHED", startsAt: { gt: now } }, claims: { none: { status: { in: ACTIVE_CLAIM_STATUSES } } } },
    }),
    db.speakerClaim.count({ where: { status: "PENDING" } }),
    db.session.count({ where: { status: "DRAFT" } }),
    db.suggestion.count({ where: { status: "OPEN" } }),
    db.session.count({ where: { status: "PUBLISHED", endsAt: { lt: now }, recordingUrl: null } }),
  ]);
  // Past sessions still missing their recording, or slides for a presented paper.
  const missingMaterials = await db.session.findMany({
    where: {
      status: "PUBLISHED",
      endsAt: { lt: now },
      OR: [{ recordingUrl: null }, { slots: { some: { slidesUrl: null } }, slidesUrl: null }],
    },
    orderBy: { startsAt: "desc" },
    take: 20,
    select: {
      id: true,
      title: true,
      startsAt: true,
      timeZone: true,
      recordingUrl: true,
      slots: { where: { slidesUrl: null }, select: { paper: { select: { title: true } } } },
    },
  });
  return {
    openSlots,
    pendingClaims,
    drafts,
    newSuggestions,
    missingRecordings,
    missingMaterials: missingMaterials.map((m) => ({
      sessionId: m.id,
      title: m.title ?? "",
      startsAt: m.startsAt.toISOString(),
      timeZone: m.timeZone,
      recordingMissing: m.recordingUrl === null,
      papersWithoutSlides: m.slots.map((sl) => sl.paper.title),
    })),
  };
}
