// The one permission table. Every domain function that changes or reveals something private
// asks can()/assertCan() here; pages use can() only to hide what a person cannot do.
import { AppError } from "../errors.ts";
import type { Actor, SignedInActor } from "./actor.ts";
import type { Role } from "../db/generated/enums.ts";

type Rule = {
  /** Roles allowed whatever the resource. */
  roles: Role[];
  /** Also allowed when the actor owns the resource. */
  owner?: boolean;
  /** Also allowed when the actor leads the resource's track (issue 20: track leads). */
  lead?: boolean;
  description: string;
};

export const PERMISSIONS = {
  "profile.view": { roles: ["ADMIN"], owner: true, description: "see a person's profile and preferences" },
  "profile.update": { roles: [], owner: true, description: "change one's own profile and preferences" },
  "account.delete": { roles: [], owner: true, description: "delete one's own account" },
  "people.list": { roles: ["ADMIN"], description: "list and search people" },
  "people.changeRole": { roles: ["ADMIN"], description: "make someone a member, organizer or admin" },
  "console.view": { roles: ["ORGANIZER", "ADMIN"], description: "open the organizer console" },
  "suggestion.create": { roles: ["MEMBER", "ORGANIZER", "ADMIN"], description: "suggest a paper or a topic" },
  "suggestion.vote": { roles: ["MEMBER", "ORGANIZER", "ADMIN"], description: "upvote a suggestion or take the vote back" },
  "suggestion.triage": { roles: ["ORGANIZER", "ADMIN"], lead: true, description: "accept, decline, merge or schedule suggestions" },
  "slot.claim": { roles: ["MEMBER", "ORGANIZER", "ADMIN"], description: "volunteer to present a paper" },
  "claim.withdraw": { roles: [], owner: true, description: "withdraw one's own speaker claim" },
  "talk.confirm": { roles: [], owner: true, description: "confirm one's own upcoming talk" },
  "talk.updateSlides": { roles: ["ORGANIZER", "ADMIN"], owner: true, description: "add the slides of a talk after the session" },
  "slot.assign": { roles: ["ORGANIZER", "ADMIN"], lead: true, description: "assign a speaker directly or invite an outside author" },
  "invitation.accept": { roles: ["MEMBER", "ORGANIZER", "ADMIN"], description: "accept an invitation to present (the token is the proof)" },
  "claim.decide": { roles: ["ORGANIZER", "ADMIN"], lead: true, description: "approve or decline speaker claims" },
  "schedule.edit": { roles: ["ORGANIZER", "ADMIN"], description: "create and change series, seasons, tracks, sessions and readings (the draft)" },
  "schedule.publish": { roles: ["ORGANIZER", "ADMIN"], description: "publish a series' schedule as a new version" },
  "audit.view": { roles: ["ORGANIZER", "ADMIN"], description: "read the audit log" },
  "rsvp.answer": { roles: ["MEMBER", "ORGANIZER", "ADMIN"], description: "RSVP to a session in person or remote, change or cancel it" },
  "rsvp.manage": { roles: ["ORGANIZER", "ADMIN"], description: "see who comes, add or remove people, check them in at the door" },
  "readingList.import": { roles: ["ORGANIZER", "ADMIN"], description: "add a list of papers as accepted suggestions" },
  "track.leads": { roles: ["ORGANIZER", "ADMIN"], description: "name or remove the leads of a track" },
  "track.curate": {
    roles: ["ORGANIZER", "ADMIN"],
    lead: true,
    description: "add, reorder and remove the readings of a track's sessions (in the draft; publishing stays with organizers)",
  },
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;
/** What a permission may depend on: who owns it, and which track it belongs to. */
export type Resource = { ownerId?: string | null; trackId?: string | null };

export function can(actor: Actor, action: Action, resource?: Resource): actor is SignedInActor {
  if (!actor) return false;
  const rule: Rule = PERMISSIONS[action];
  if (rule.roles.includes(actor.role)) return true;
  if (rule.lead && resource?.trackId && actor.leads?.includes(resource.trackId)) return true;
  return Boolean(rule.owner && resource?.ownerId && resource.ownerId === actor.id);
}

/**
 * For a permission a track's lead may hold: refuses at once whoever holds it for no track (401,
 * 403), before anything is read; a lead passes, and the domain function then checks the object's
 * track with assertCan(actor, action, { trackId }).
 */
export function assertCanForSomeTrack(actor: Actor, action: Action): asserts actor is SignedInActor {
  const rule: Rule = PERMISSIONS[action];
  if (rule.lead && actor?.leads?.length) return;
  assertCan(actor, action);
}

/** Throws 401 for a visitor, 403 for someone without the permission. */
export function assertCan(actor: Actor, action: Action, resource?: Resource): asserts actor is SignedInActor {
  if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
  if (!can(actor, action, resource)) throw new AppError("forbidden", "You do not have permission to do that.");
}
