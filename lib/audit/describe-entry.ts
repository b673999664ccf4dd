// Turns one audit log entry into a plain sentence and, when there is a page for its target, a
// relative link. Pure: what it knows of the targets comes in `targets`, read in a few batched
// queries by lib/audit/load-targets.ts. A stored row is read as one of the typed events
// (lib/audit/audit-events.ts); a row that is not one gets a neutral sentence.
import { EMAIL_KINDS, isEmailKind } from "../mail/email-kinds.ts";
import { readAuditEvent, type AuditEvent } from "./audit-events.ts";
import { formatDate } from "../time/format.ts";

export type AuditTargets = {
  series: Map<string, { slug: string; name: string }>;
  seasons: Map<string, { name: string; series: { slug: string; name: string } }>;
  tracks: Map<string, { slug: string; name: string }>;
  sessions: Map<string, { title: string | null; startsAt: Date; timeZone: string }>;
  slots: Map<string, { sessionId: string; paperTitle: string }>;
  claims: Map<string, { sessionId: string; paperTitle: string; speaker: string | null }>;
  suggestions: Map<string, { title: string }>;
  /** Display names; a deleted account is "a deleted account". */
  users: Map<string, string>;
};

export type AuditRow = { action: string; targetType: string; targetId: string | null; data: unknown };

export const DELETED_ACCOUNT = "A deleted account";

/** Free text worth showing: trimmed, and null when empty. */
function text(value: string | null | undefined): string | null {
  return value && value.trim() !== "" ? value.trim() : null;
}

const quoted = (s: string) => `“${s}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const withReason = (sentence: string, reason: string | null) => (reason ? `${sentence}: ${reason}` : sentence);

function lookup<T>(map: Map<string, T>, key: string | null): T | undefined {
  return key ? map.get(key) : undefined;
}

/** What the log says of a row that is not one of today's events (written before a shape changed). */
const TARGET_NAMES: Record<string, string> = {
  series: "a series",
  season: "a season",
  track: "a track",
  session: "a session",
  slot: "a reading",
  claim: "a speaker's claim",
  suggestion: "a suggestion",
  user: "an account",
};

export function describeUnknownEntry(row: AuditRow): { summary: string; link: null } {
  const target = Object.hasOwn(TARGET_NAMES, row.targetType) ? TARGET_NAMES[row.targetType] : null;
  return { summary: target ? `Made a change to ${target}` : "Made a change", link: null };
}

function unreachable(event: never): never {
  throw new Error(`No sentence for the audit event ${JSON.stringify(event)}`);
}

type Summary = { summary: string; link: string | null };

export function describeEntry(row: AuditRow, targets: AuditTargets): Summary {
  const event = readAuditEvent(row);
  return event ? describeEvent(event, targets) : describeUnknownEntry(row);
}

/** One sentence per action: the switch is exhaustive, so a new action without a case fails the typecheck. */
export function describeEvent(event: AuditEvent, targets: AuditTargets): Summary {
  const id = event.targetId;

  const sessionLink = (sessionId: string | null | undefined) =>
    sessionId && targets.sessions.has(sessionId) ? `/organize/sessions/${sessionId}` : null;
  const attendeesLink = () => sessionLink(id) && `${sessionLink(id)}/attendees`;
  const sessionName = (sessionId: string, stored: string | null = null) => {
    const s = lookup(targets.sessions, sessionId);
    const title = s?.title ?? text(stored);
    const day = s ? ` on ${formatDate(s.startsAt, s.timeZone)}` : "";
    return title ? `the session ${quoted(title)}${day}` : s ? `the session${day}` : "a session";
  };
  const paperOf = (slotId: string) => {
    const slot = lookup(targets.slots, slotId);
    return slot ? quoted(slot.paperTitle) : "a reading";
  };
  const seriesOf = () => lookup(targets.series, id);
  const seriesName = () => {
    const s = seriesOf();
    return s ? `the ${s.name} series` : "a series";
  };
  const suggestionTitle = (suggestionId: string) => {
    const s = lookup(targets.suggestions, suggestionId);
    return s ? quoted(s.title) : null;
  };
  const suggestionName = (suggestionId: string) => {
    const title = suggestionTitle(suggestionId);
    return title ? `the suggestion ${title}` : "a suggestion";
  };
  const userName = (userId: string) => lookup(targets.users, userId) ?? "someone";
  const claim = () => lookup(targets.claims, id);
  const claimPaper = () => {
    const c = claim();
    return c ? quoted(c.paperTitle) : "a paper";
  };
  const claimSpeaker = () => claim()?.speaker ?? "a speaker";
  const slotPaper = () => paperOf(id);
  const slotLink = () => sessionLink(lookup(targets.slots, id)?.sessionId);
  const claimLink = () => sessionLink(claim()?.sessionId);
  const trackName = (slug: string) => {
    const t = lookup(targets.tracks, id);
    return t ? `the track ${quoted(t.name)}` : text(slug) ? `the track ${quoted(slug.trim())}` : "a track";
  };
  const trackLink = () => {
    const t = lookup(targets.tracks, id);
    return t ? `/tracks/${t.slug}` : null;
  };
  const seasonName = () => {
    const s = lookup(targets.seasons, id);
    return s ? `the season ${quoted(s.name)} of ${s.series.name}` : "a season";
  };
  const seasonLink = () => {
    const s = lookup(targets.seasons, id);
    return s ? `/organize/series/${s.series.slug}` : null;
  };

  switch (event.action) {
    // The schedule
    case "schedule.published": {
      const s = seriesOf();
      const { version, changes } = event.data;
      const what = `version ${version} of ${s ? `the ${s.name} schedule` : "the schedule"}`;
      const summary = `Published ${what}${changes === 0 ? " (no changes)" : ` (${plural(changes, "change")})`}`;
      return { summary, link: s ? `/schedule/changes?series=${s.slug}#v${version}` : null };
    }
    case "schedule.imported": {
      const { created, skipped } = event.data;
      const details = [`${plural(created, "session")} created`, skipped ? `${plural(skipped, "line")} skipped` : null].filter(Boolean).join(", ");
      const s = seriesOf();
      return { summary: withReason(`Imported a season plan into ${seriesName()}`, details), link: s ? `/organize/series/${s.slug}` : null };
    }
    case "series.created":
    case "series.updated": {
      const s = seriesOf();
      const name = s ? `the series ${quoted(s.name)}` : (text(event.data.slug) ?? "a series");
      return {
        summary: `${event.action === "series.created" ? "Created" : "Edited the settings of"} ${name}`,
        link: s ? `/organize/series/${s.slug}` : null,
      };
    }
    case "series.deleted": {
      // The series is gone (only one that never had a session can be deleted): its slug names it.
      const slug = text(event.data.slug);
      return { summary: slug ? `Deleted the series ${quoted(slug)}` : "Deleted a series", link: null };
    }
    case "season.created":
      return { summary: `Created ${seasonName()}`, link: seasonLink() };
    case "season.updated":
      return { summary: `Edited ${seasonName()}`, link: seasonLink() };
    case "season.planned": {
      const { created, moved } = event.data;
      return { summary: `Planned ${seasonName()}: ${plural(created, "session")} created, ${plural(moved, "session")} moved`, link: seasonLink() };
    }
    case "track.created":
      return { summary: `Created ${trackName(event.data.slug)}`, link: trackLink() };
    case "track.updated":
      return { summary: `Edited ${trackName(event.data.slug)}`, link: trackLink() };
    case "track.deleted":
      return { summary: `Deleted ${trackName(event.data.slug)}`, link: null };
    case "track.lead_named":
      return { summary: `Made ${userName(event.data.userId)} a lead of ${trackName(event.data.slug)}`, link: trackLink() };
    case "track.lead_removed":
      return { summary: `Removed ${userName(event.data.userId)} as a lead of ${trackName(event.data.slug)}`, link: trackLink() };
    case "track.moved":
      return { summary: `Moved ${trackName(event.data.slug)} ${event.data.direction} in its season`, link: trackLink() };
    case "session.created":
      return { summary: `Created ${sessionName(id, event.data.title)} in the draft`, link: sessionLink(id) };
    case "session.updated":
      return { summary: `Edited ${sessionName(id, event.data.title)}`, link: sessionLink(id) };
    case "session.cancelled":
      return { summary: withReason(`Cancelled ${sessionName(id)}`, text(event.data.reason)), link: sessionLink(id) };
    case "session.restored":
      return { summary: `Restored ${sessionName(id)}`, link: sessionLink(id) };
    case "session.removed":
      return { summary: `Removed ${sessionName(id, event.data.title)} from the draft`, link: sessionLink(id) };
    case "rsvp.added":
      return {
        summary: `Added ${userName(event.data.userId)} to ${sessionName(id)}${event.data.mode === "remote" ? " (remote)" : ""}`,
        link: attendeesLink(),
      };
    case "rsvp.removed":
      return { summary: `Removed ${userName(event.data.userId)} from ${sessionName(id)}`, link: attendeesLink() };
    case "rsvp.checked_in":
    case "rsvp.check_in_undone":
      return {
        summary: `${event.action === "rsvp.checked_in" ? "Checked in" : "Took back the check-in of"} ${userName(event.data.userId)} at ${sessionName(id)}`,
        link: sessionLink(id) && `${sessionLink(id)}/check-in`,
      };
    case "reading.added":
      return { summary: `Added ${paperOf(event.data.slotId)} to ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.removed":
      return { summary: `Removed a reading from ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.moved":
      return { summary: `Moved ${paperOf(event.data.slotId)} to ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.reordered":
      return { summary: `Moved ${paperOf(event.data.slotId)} ${event.data.direction} in ${sessionName(id)}`, link: sessionLink(id) };

    // Speakers
    case "claim.created":
      return {
        summary: `Volunteered to present ${claimPaper()}${event.data.status === "APPROVED" ? " (approved without review)" : ""}`,
        link: claimLink(),
      };
    case "claim.approved":
      return { summary: `Approved ${claimSpeaker()} to present ${claimPaper()}`, link: claimLink() };
    case "claim.declined":
      return { summary: withReason(`Declined ${claimSpeaker()}'s offer to present ${claimPaper()}`, text(event.data.reason)), link: claimLink() };
    case "claim.released":
      return { summary: withReason(`Released ${claimSpeaker()}'s claim on ${claimPaper()}`, text(event.data.reason)), link: claimLink() };
    case "claim.withdrawn":
      return { summary: `Withdrew from presenting ${slotPaper()}`, link: slotLink() };
    case "talk.confirmed":
      return { summary: `Confirmed the talk on ${claimPaper()}`, link: claimLink() };
    case "talk.slides_added":
      return { summary: `Added the slides of ${slotPaper()}`, link: slotLink() };
    case "slot.assigned":
      return { summary: `Assigned ${userName(event.data.userId)} to present ${slotPaper()}`, link: slotLink() };
    case "author.invited":
      return { summary: `Invited ${text(event.data.email) ?? "an author"} to present ${slotPaper()}`, link: slotLink() };
    case "invitation.accepted":
      return { summary: `Accepted the invitation to present ${claimPaper()}`, link: claimLink() };

    // Suggestions
    case "suggestion.accepted": {
      const track = text(event.data.track);
      return { summary: `Accepted ${suggestionName(id)}${track ? ` into the track ${quoted(track)}` : ""}`, link: null };
    }
    case "suggestion.declined":
      return { summary: withReason(`Declined ${suggestionName(id)}`, text(event.data.reason)), link: null };
    case "suggestion.merged":
      return { summary: `Merged ${suggestionName(id)} into ${suggestionTitle(event.data.intoId) ?? "another suggestion"}`, link: null };
    case "suggestion.scheduled": {
      const data = event.data;
      const sessionId = "sessionId" in data ? data.sessionId : lookup(targets.slots, data.slotId)?.sessionId;
      return { summary: `Scheduled ${suggestionName(id)}`, link: sessionLink(sessionId) };
    }
    case "readingList.imported":
      return { summary: `Added ${suggestionName(id)} from a reading list`, link: null };

    // People
    case "role.changed":
      return { summary: `Changed the role of ${userName(id)}: ${event.data.from} → ${event.data.to}`, link: null };
    case "role.granted_by_admin_emails":
      return { summary: `Made ${userName(id)} an ADMIN (listed in ADMIN_EMAILS)`, link: null };
    case "account.deleted":
      return { summary: "Deleted their account", link: null };
    case "account.unsubscribed":
    case "account.resubscribed": {
      const kind = event.data.kind;
      const what = isEmailKind(kind) ? EMAIL_KINDS[kind].label : "a kind of email";
      return { summary: `${event.action === "account.unsubscribed" ? "Turned off" : "Turned back on"} ${what} (email link)`, link: null };
    }

    default:
      return unreachable(event);
  }
}
