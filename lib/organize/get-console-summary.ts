// What needs an organizer's attention: upcoming sessions still missing speakers, claims
// waiting for approval, drafts not yet published, new suggestions.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { ACTIVE_CLAIM_STATUSES } from "../schedule/dto.ts";

export async function getConsoleSummary(actor: Actor, now = new Date()) {
  assertCan(actor, "console.view");
  const db = getDb();
  const [openSlots, pendingClaims, drafts, newSuggestions, missingRecordings] = await Promise.all([
    db.slot.count({ where: { session: { status: "PUBLISHED", startsAt: { gt: now } }, claims: { none: { status: { in: ACTIVE_CLAIM_STATUSES } } } } }),
    db.speakerClaim.count({ where: { status: "PENDING" } }),
    db.session.count({ where: { status: "DRAFT" } }),
    db.suggestion.count({ where: { status: "OPEN" } }),
    db.session.count({ where: { status: "PUBLISHED", endsAt: { lt: now }, recordingUrl: null } }),
  ]);
  return { openSlots, pendingClaims, drafts, newSuggestions, missingRecordings };
}
