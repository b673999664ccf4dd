// The personal layer of a public page (decision 028): everything on /, /schedule, session,
// track and board pages that depends on who looks — the header's links, their time zone, their
// RSVPs with place in line and remote link, their votes. Public pages are rendered once for
// everybody (the visitor's page, from the front's cache); this small object is written into the
// page for a signed-in person (lib/front/personal-layer.ts, or the root layout when the app
// renders) and read by the client (components/personal/). One SQL statement, one round trip,
// the same text for the front's `pg` pool and the app's Prisma client. Pure: no Next.js here.
import type { Role } from "../db/generated/enums.ts";
import type { RunSql } from "../db/run-sql.ts";
import { can } from "../auth/permissions.ts";
import type { MyRsvp } from "../rsvps/my-rsvps.ts";

export type PersonalView = {
  name: string | null;
  /** Their preferred IANA zone for "your time"; null = the device's. */
  timeZone: string | null;
  /** The header's links. */
  links: { organize: boolean; people: boolean };
  /** Pages show them tools a member does not get (triage, claim decisions): the app renders those. */
  staff: boolean;
  /** NextAuth's CSRF token of this browser, for the header's sign-out form. */
  signOutToken: string | null;
  /** Their RSVPs (not cancelled) to published sessions that started at most 30 days ago, by session id. */
  rsvps: Record<string, MyRsvp>;
  /** The open or accepted suggestions they voted for. */
  votes: string[];
  /**
   * Free in-person seats of every upcoming published session that has a seat count, now: the
   * RSVP controls offer "Join the waitlist" the moment the last seat goes, where the shared page
   * can be a few seconds old.
   */
  seats: Record<string, number>;
  /** Their next session with an RSVP (not yet over), with its readings: the home page and the header show it. */
  next: NextSession | null;
  /** Their talks ahead: papers they claimed (approved, or waiting for approval) in sessions to come. */
  talks: MyTalkAhead[];
  /** For organizers: what needs doing, as the console counts it; null for everyone else. */
  todo: OrganizerTodo | null;
};

export type NextSession = { sessionId: string; title: string; startsAt: string; timeZone: string; readings: { title: string; url: string }[] };
export type MyTalkAhead = { sessionId: string; paperTitle: string; startsAt: string; timeZone: string; approved: boolean };
export type OrganizerTodo = { openSlots: number; pendingClaims: number; newSuggestions: number; drafts: number };

/** How many talks ahead the view carries (a person holds at most a few). */
export const TALKS_AHEAD = 5;

/** How far back the view carries RSVPs (older sessions show "RSVPs are closed" anyway). */
export const RSVP_DAYS_BACK = 30;

/**
 * The views of several people in one statement: $1 their user ids, $2 their auth_sessions
 * tokens (the same length), $3 the app's "now" (its clock, which tests can move). A row per
 * person signed in, `n` their place in the arrays (1-based); none for a session row that is
 * gone, expired or another person's, or a deleted account (the rule of lib/auth/session-actor.ts).
 * The app asks for one person, the front for everyone whose page it is writing (personal-layer.ts).
 */
export const PERSONAL_VIEWS_SQL = `
WITH asked AS (
  SELECT a.n, a.user_id, a.token FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(user_id, token, n)
), me AS (
  SELECT asked.n, u.id, u.role::text AS role, u.name, u.time_zone
  FROM asked JOIN auth_sessions s ON s.session_token = asked.token JOIN users u ON u.id = s.user_id
  WHERE u.id::text = asked.user_id AND s.expires >= now() AND u.deleted_at IS NULL
)
SELECT me.n, me.role, me.name, me.time_zone AS "timeZone",
  COALESCE((
    SELECT json_agg(json_build_object(
      'sessionId', r.session_id,
      'status', lower(r.status::text),
      'mode', lower(r.mode::text),
      'position', CASE WHEN r.status = 'WAITLISTED' THEN (
        SELECT count(*) FROM rsvps ahead
        WHERE ahead.session_id = r.session_id AND ahead.status = 'WAITLISTED' AND ahead.waitlist_seq <= r.waitlist_seq) END,
      'remoteUrl', x.remote_url,
      'checkedIn', r.checked_in_at IS NOT NULL) ORDER BY x.starts_at)
    FROM rsvps r JOIN sessions x ON x.id = r.session_id
    WHERE r.user_id = me.id AND r.status <> 'CANCELLED' AND x.removed_at IS NULL AND x.status <> 'DRAFT'
      AND x.starts_at >= $3::timestamptz - interval '${RSVP_DAYS_BACK} days'
  ), '[]'::json) AS rsvps,
  COALESCE((
    SELECT json_agg(v.suggestion_id ORDER BY v.suggestion_id)
    FROM votes v JOIN suggestions g ON g.id = v.suggestion_id
    WHERE v.user_id = me.id AND g.status IN ('OPEN', 'ACCEPTED')
  ), '[]'::json) AS votes,
  (
    SELECT r.session_id FROM rsvps r JOIN sessions x ON x.id = r.session_id
    WHERE r.user_id = me.id AND r.status <> 'CANCELLED' AND x.status = 'PUBLISHED' AND x.removed_at IS NULL AND x.ends_at > $3::timestamptz
    ORDER BY x.starts_at LIMIT 1
  ) AS "nextId",
  COALESCE((
    SELECT json_agg(talk ORDER BY talk->>'startsAt') FROM (
      SELECT json_build_object('sessionId', x.id, 'paperTitle', p.title, 'startsAt', x.starts_at, 'timeZone', x.time_zone,
        'approved', c.status = 'APPROVED') AS talk
      FROM speaker_claims c JOIN slots sl ON sl.id = c.slot_id JOIN sessions x ON x.id = sl.session_id JOIN papers p ON p.id = sl.paper_id
      WHERE c.user_id = me.id AND c.status IN ('APPROVED', 'PENDING') AND x.removed_at IS NULL AND x.status <> 'CANCELLED'
        AND x.ends_at > $3::timestamptz
      ORDER BY x.starts_at, sl.position LIMIT ${TALKS_AHEAD}
    ) ahead
  ), '[]'::json) AS talks,
  CASE WHEN me.role IN ('ORGANIZER', 'ADMIN') THEN json_build_object(
    'openSlots', (
      SELECT count(*) FROM slots s JOIN sessions x ON x.id = s.session_id
      WHERE x.status = 'PUBLISHED' AND x.starts_at > $3::timestamptz
        AND NOT EXISTS (SELECT 1 FROM speaker_claims c WHERE c.slot_id = s.id AND c.status IN ('INVITED', 'PENDING', 'APPROVED'))),
    'pendingClaims', (SELECT count(*) FROM speaker_claims WHERE status = 'PENDING'),
    'newSuggestions', (SELECT count(*) FROM suggestions WHERE status = 'OPEN'),
    'drafts', (SELECT count(*) FROM sessions WHERE status = 'DRAFT')
  ) END AS todo
FROM me`;

/**
 * $1 the app's "now". The same for everyone, so the front reads it at most once a second for
 * all the views it writes (lib/front/personal-layer.ts): the free seats of the upcoming
 * sessions, and the title and readings of every published session not yet over — a person's
 * next session is one of these (their row names it), so the per-person statement stays small.
 */
export const SHARED_SQL = `
SELECT
  (SELECT COALESCE(json_object_agg(x.id, GREATEST(0, x.seats - x.in_person_confirmed)), '{}'::json)
   FROM sessions x
   WHERE x.status = 'PUBLISHED' AND x.removed_at IS NULL AND x.is_in_person AND x.seats IS NOT NULL AND x.starts_at > $1::timestamptz) AS seats,
  (SELECT COALESCE(json_object_agg(x.id, json_build_object(
      'sessionId', x.id,
      'title', COALESCE(x.title, t.name, (
        SELECT p.title FROM slots s JOIN papers p ON p.id = s.paper_id WHERE s.session_id = x.id ORDER BY s.position LIMIT 1), ser.name),
      'startsAt', x.starts_at,
      'timeZone', x.time_zone,
      'readings', COALESCE((
        SELECT json_agg(json_build_object('title', p.title, 'url', p.url) ORDER BY s.position)
        FROM slots s JOIN papers p ON p.id = s.paper_id WHERE s.session_id = x.id), '[]'::json))), '{}'::json)
   FROM sessions x JOIN series ser ON ser.id = x.series_id LEFT JOIN tracks t ON t.id = x.track_id
   WHERE x.status = 'PUBLISHED' AND x.removed_at IS NULL AND x.ends_at > $1::timestamptz) AS upcoming`;

/** What every view shares: free seats, and the sessions ahead (a person's next one among them), by session id. */
export type SharedView = { seats: Record<string, number>; upcoming: Record<string, NextSession> };

export async function loadShared(run: RunSql, now: Date): Promise<SharedView> {
  const [row] = (await run(SHARED_SQL, [now.toISOString()])) as SharedView[];
  return { seats: row?.seats ?? {}, upcoming: row?.upcoming ?? {} };
}

export type PersonalViewRow = {
  /** Place in the arrays asked (bigint: may arrive as text). */
  n: number | string;
  role: Role;
  name: string | null;
  timeZone: string | null;
  rsvps: {
    sessionId: string;
    status: "confirmed" | "waitlisted";
    mode: "in_person" | "remote";
    position: number | string | null;
    remoteUrl: string | null;
    checkedIn: boolean;
  }[];
  votes: string[];
  /** Their next session with an RSVP (its title and readings come from the shared part). */
  nextId: string | null;
  talks: MyTalkAhead[];
  todo: OrganizerTodo | null;
};

export type ViewRef = { userId: string; sessionToken: string };

/** Where views come from: the person's rows, and what is the same for everyone (seats, sessions ahead). */
export type ViewSource = {
  row(ref: ViewRef, now: Date): Promise<PersonalViewRow | undefined>;
  shared(now: Date): Promise<SharedView>;
};

/** The rows of `refs`, in their order, in one statement (undefined: names nobody signed in). */
export async function loadViewRows(run: RunSql, refs: ViewRef[], now: Date): Promise<(PersonalViewRow | undefined)[]> {
  const rows = (await run(PERSONAL_VIEWS_SQL, [refs.map((r) => r.userId), refs.map((r) => r.sessionToken), now.toISOString()])) as PersonalViewRow[];
  const found: (PersonalViewRow | undefined)[] = refs.map(() => undefined);
  for (const row of rows) found[Number(row.n) - 1] = row;
  return found;
}

/** One view at a time, straight from the database: the app's source (request-personal-view.ts). */
export function directViews(run: RunSql): ViewSource {
  return { row: async (ref, now) => (await loadViewRows(run, [ref], now))[0], shared: (now) => loadShared(run, now) };
}

function nextSession(next: NextSession | undefined): NextSession | null {
  return next ? { ...next, startsAt: new Date(next.startsAt).toISOString() } : null;
}

/** The view of the person a session cookie names, or null when it names nobody signed in. */
export async function loadPersonalView(source: ViewSource, ref: ViewRef, now: Date, signOutToken: string | null): Promise<PersonalView | null> {
  const [row, shared] = await Promise.all([source.row(ref, now), source.shared(now)]);
  if (!row) return null;
  const actor = { id: ref.userId, role: row.role, name: row.name, email: null };
  const rsvps: Record<string, MyRsvp> = {};
  for (const r of row.rsvps) {
    rsvps[r.sessionId] = {
      sessionId: r.sessionId,
      status: r.status,
      mode: r.mode,
      ...(r.status === "waitlisted" && r.position !== null ? { position: Number(r.position) } : {}),
      remoteUrl: r.remoteUrl,
      checkedIn: r.checkedIn,
    };
  }
  return {
    name: row.name,
    timeZone: row.timeZone,
    links: { organize: can(actor, "console.view"), people: can(actor, "people.list") },
    staff: can(actor, "suggestion.triage") || can(actor, "claim.decide"),
    signOutToken,
    rsvps,
    votes: row.votes,
    seats: shared.seats,
    next: nextSession(row.nextId ? shared.upcoming[row.nextId] : undefined),
    talks: row.talks.map((t) => ({ ...t, startsAt: new Date(t.startsAt).toISOString() })),
    todo: row.todo && can(actor, "console.view") ? row.todo : null,
  };
}
