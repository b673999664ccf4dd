// Turns one audit log entry into a plain sentence and, when there is a page for its target, a
// relative link. Pure: what it knows of the targets comes in `targets`, read in a few batched
// queries by lib/audit/load-targets.ts.
import { EMAIL_KINDS, isEmailKind } from "../mail/email-kinds.ts";
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

type Data = Record<string, unknown>;

function asData(data: unknown): Data {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Data) : {};
}

function text(data: Data, key: string): string | null {
  const v = data[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

function count(data: Data, key: string): number | null {
  const v = data[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

const quoted = (s: string) => `“${s}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const withReason = (sentence: string, reason: string | null) => (reason ? `${sentence}: ${reason}` : sentence);

function lookup<T>(map: Map<string, T>, key: string | null): T | undefined {
  return key ? map.get(key) : undefined;
}

export function describeEntry(row: AuditRow, targets: AuditTargets): { summary: string; link: string | null } {
  const data = asData(row.data);
  const id = row.targetId;

  const sessionLink = (sessionId: string | null | undefined) =>
    sessionId && targets.sessions.has(sessionId) ? `/organize/sessions/${sessionId}` : null;
  const sessionName = (sessionId: string | null) => {
    const s = lookup(targets.sessions, sessionId);
    const title = s?.title ?? text(data, "title");
    const day = s ? ` on ${formatDate(s.startsAt, s.timeZone)}` : "";
    return title ? `the session ${quoted(title)}${day}` : s ? `the session${day}` : "a session";
  };
  const paperOf = (slotId: string | null) => {
    const slot = lookup(targets.slots, slotId);
    return slot ? quoted(slot.paperTitle) : "a reading";
  };
  const seriesOf = () => lookup(targets.series, id);
  const seriesName = () => {
    const s = seriesOf();
    return s ? `the ${s.name} series` : "a series";
  };
  const suggestionTitle = (suggestionId: string | null) => {
    const s = lookup(targets.suggestions, suggestionId);
    return s ? quoted(s.title) : null;
  };
  const suggestionName = (suggestionId: string | null) => {
    const title = suggestionTitle(suggestionId);
    return title ? `the suggestion ${title}` : "a suggestion";
  };
  const userName = (userId: string | null) => lookup(targets.users, userId) ?? "someone";
  const claim = () => lookup(targets.claims, id);
  const claimPaper = () => {
    const c = claim();
    return c ? quoted(c.paperTitle) : "a paper";
  };
  const claimSpeaker = () => claim()?.speaker ?? "a speaker";
  const slotPaper = () => paperOf(id);
  const slotLink = () => sessionLink(lookup(targets.slots, id)?.sessionId);
  const claimLink = () => sessionLink(claim()?.sessionId);
  const trackName = () => {
    const t = lookup(targets.tracks, id);
    const slug = text(data, "slug");
    return t ? `the track ${quoted(t.name)}` : slug ? `the track ${quoted(slug)}` : "a track";
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
  const direction = text(data, "direction") === "up" ? "up" : "down";

  switch (row.action) {
    // The schedule
    case "schedule.published": {
      const s = seriesOf();
      const version = count(data, "version");
      const changes = count(data, "changes");
      const what = `${version === null ? "a new version" : `version ${version}`} of ${s ? `the ${s.name} schedule` : "the schedule"}`;
      const summary = `Published ${what}${changes === null ? "" : changes === 0 ? " (no changes)" : ` (${plural(changes, "change")})`}`;
      return { summary, link: s ? `/schedule/changes?series=${s.slug}${version === null ? "" : `#v${version}`}` : null };
    }
    case "schedule.imported": {
      const created = count(data, "created");
      const skipped = count(data, "skipped");
      const details = [created === null ? null : `${plural(created, "session")} created`, skipped ? `${plural(skipped, "line")} skipped` : null]
        .filter(Boolean)
        .join(", ");
      const s = seriesOf();
      return { summary: withReason(`Imported a season plan into ${seriesName()}`, details || null), link: s ? `/organize/series/${s.slug}` : null };
    }
    case "series.created":
    case "series.updated": {
      const s = seriesOf();
      const name = s ? `the series ${quoted(s.name)}` : (text(data, "slug") ?? "a series");
      return {
        summary: `${row.action === "series.created" ? "Created" : "Edited the settings of"} ${name}`,
        link: s ? `/organize/series/${s.slug}` : null,
      };
    }
    case "season.created":
      return { summary: `Created ${seasonName()}`, link: seasonLink() };
    case "season.updated":
      return { summary: `Edited ${seasonName()}`, link: seasonLink() };
    case "season.planned": {
      const created = count(data, "created") ?? 0;
      const moved = count(data, "moved") ?? 0;
      return { summary: `Planned ${seasonName()}: ${plural(created, "session")} created, ${plural(moved, "session")} moved`, link: seasonLink() };
    }
    case "track.created":
      return { summary: `Created ${trackName()}`, link: trackLink() };
    case "track.updated":
      return { summary: `Edited ${trackName()}`, link: trackLink() };
    case "track.deleted":
      return { summary: `Deleted ${trackName()}`, link: null };
    case "track.moved":
      return { summary: `Moved ${trackName()} ${direction} in its season`, link: trackLink() };
    case "session.created":
      return { summary: `Created ${sessionName(id)} in the draft`, link: sessionLink(id) };
    case "session.updated":
      return { summary: `Edited ${sessionName(id)}`, link: sessionLink(id) };
    case "session.cancelled":
      return { summary: withReason(`Cancelled ${sessionName(id)}`, text(data, "reason")), link: sessionLink(id) };
    case "session.restored":
      return { summary: `Restored ${sessionName(id)}`, link: sessionLink(id) };
    case "session.removed":
      return { summary: `Removed ${sessionName(id)} from the draft`, link: sessionLink(id) };
    case "rsvp.added":
      return {
        summary: `Added ${userName(text(data, "userId"))} to ${sessionName(id)}${text(data, "mode") === "remote" ? " (remote)" : ""}`,
        link: sessionLink(id) && `${sessionLink(id)}/attendees`,
      };
    case "rsvp.removed":
      return {
        summary: `Removed ${userName(text(data, "userId"))} from ${sessionName(id)}`,
        link: sessionLink(id) && `${sessionLink(id)}/attendees`,
      };
    case "rsvp.checked_in":
    case "rsvp.check_in_undone":
      return {
        summary: `${row.action === "rsvp.checked_in" ? "Checked in" : "Took back the check-in of"} ${userName(text(data, "userId"))} at ${sessionName(id)}`,
        link: sessionLink(id) && `${sessionLink(id)}/check-in`,
      };
    case "reading.added":
      return { summary: `Added ${paperOf(text(data, "slotId"))} to ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.removed":
      return { summary: `Removed a reading from ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.moved":
      return { summary: `Moved ${paperOf(text(data, "slotId"))} to ${sessionName(id)}`, link: sessionLink(id) };
    case "reading.reordered":
      return { summary: `Moved ${paperOf(text(data, "slotId"))} ${direction} in ${sessionName(id)}`, link: sessionLink(id) };

    // Speakers
    case "claim.created":
      return {
        summary: `Volunteered to present ${claimPaper()}${text(data, "status") === "APPROVED" ? " (approved without review)" : ""}`,
        link: claimLink(),
      };
    case "claim.approved":
      return { summary: `Approved ${claimSpeaker()} to present ${claimPaper()}`, link: claimLink() };
    case "claim.declined":
      return { summary: withReason(`Declined ${claimSpeaker()}'s offer to present ${claimPaper()}`, text(data, "reason")), link: claimLink() };
    case "claim.released":
      return { summary: withReason(`Released ${claimSpeaker()}'s claim on ${claimPaper()}`, text(data, "reason")), link: claimLink() };
    case "claim.withdrawn":
      return { summary: `Withdrew from presenting ${slotPaper()}`, link: slotLink() };
    case "talk.confirmed":
      return { summary: `Confirmed the talk on ${claimPaper()}`, link: claimLink() };
    case "talk.slides_added":
      return { summary: `Added the slides of ${slotPaper()}`, link: slotLink() };
    case "slot.assigned":
      return { summary: `Assigned ${userName(text(data, "userId"))} to present ${slotPaper()}`, link: slotLink() };
    case "author.invited":
      return { summary: `Invited ${text(data, "email") ?? "an author"} to present ${slotPaper()}`, link: slotLink() };
    case "invitation.accepted":
      return { summary: `Accepted the invitation to present ${claimPaper()}`, link: claimLink() };

    // Suggestions
    case "suggestion.accepted": {
      const track = text(data, "track");
      return { summary: `Accepted ${suggestionName(id)}${track ? ` into the track ${quoted(track)}` : ""}`, link: null };
    }
    case "suggestion.declined":
      return { summary: withReason(`Declined ${suggestionName(id)}`, text(data, "reason")), link: null };
    case "suggestion.merged":
      return { summary: `Merged ${suggestionName(id)} into ${suggestionTitle(text(data, "intoId")) ?? "another suggestion"}`, link: null };
    case "suggestion.scheduled": {
      const sessionId = text(data, "sessionId") ?? lookup(targets.slots, text(data, "slotId"))?.sessionId ?? null;
      return { summary: `Scheduled ${suggestionName(id)}`, link: sessionLink(sessionId) };
    }
    case "readingList.imported":
      return { summary: `Added ${suggestionName(id)} from a reading list`, link: null };

    // People
    case "role.changed": {
      const from = text(data, "from");
      const to = text(data, "to");
      return { summary: `Changed the role of ${userName(id)}${from && to ? `: ${from} → ${to}` : ""}`, link: null };
    }
    case "role.granted_by_admin_emails":
      return { summary: `Made ${userName(id)} an ADMIN (listed in ADMIN_EMAILS)`, link: null };
    case "account.deleted":
      return { summary: "Deleted their account", link: null };
    case "account.unsubscribed":
    case "account.resubscribed": {
      const kind = text(data, "kind");
      const what = kind && isEmailKind(kind) ? EMAIL_KINDS[kind].label : "a kind of email";
      return { summary: `${row.action === "account.unsubscribed" ? "Turned off" : "Turned back on"} ${what} (email link)`, link: null };
    }

    default:
      return { summary: `${row.action} on a ${row.targetType}`, link: null };
  }
}
