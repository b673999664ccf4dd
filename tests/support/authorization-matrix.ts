// The authorization matrix: every mutating API route and every server action (each branch of
// it), and every private read (GET routes and pages: allowed cells must change nothing), against
// {anonymous, member, the resource's owner, organizer, admin}, run against the real route
// handlers, actions and pages (rendered to HTML) on a real database with real sign-in sessions.
// - An allowed cell must change the database (the fingerprint differs) and do what it says
//   (the row's `effect`, when it has one).
// - A refused cell must answer 401/403/404/409/422 and leave every table unchanged.
// - Rows that take an id also run with an unknown id (404 for whoever may otherwise act) and,
//   where someone owns the resource, with someone else's id (refused; nothing changes).
// - Rows whose token is the permission (the unsubscribe link) allow whoever holds it, signed in
//   or not, and also run with the token forged for someone else (refused; nothing changes).
// - A read's answer (JSON, CSV, calendar, page) never shows someone who is not an organizer
//   another person's email address or calendar address, whatever the cell.
// The test fails when a route or an action exists that the table does not list: discovery
// (tests/support/route-discovery.ts) reads every route handler in app/ and every file with a
// "use server" directive in app/, lib/ and components/. It fails too when a read (a GET route
// or a page) has neither a row nor a reason in PUBLIC_READS, and a private path (/organize,
// /admin, /me, a CSV, a personal feed, a link's token) cannot be called public.
// The cells run in three files, so that Vitest's two workers share them:
// tests/integration/authorization-matrix.test.ts (discovery, people, suggestions, speakers),
// authorization-matrix-schedule.test.ts (the schedule draft and publishing) and
// authorization-matrix-reads.test.ts (the private reads). Each test file mocks next/headers and
// next/cache before importing this module.
import { NextRequest } from "next/server";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { createElement, type ReactNode } from "react";
import { renderToReadableStream } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { cookieJar, sessionCookieFor } from "./auth.ts";
import { useReusableTestDatabase } from "./database.ts";
import type { Db } from "../../lib/db/client.ts";
import { databaseFingerprint } from "./db-snapshot.ts";
import { discoverEndpoints, discoverReads, exportedNames, hasUseServerDirective, isPrivatePath, withoutComments } from "./route-discovery.ts";
import { appNow } from "../../lib/time/clock.ts";

const { GET: getMe, PATCH: patchMe, DELETE: deleteMe } = await import("../../app/api/v1/me/route.ts");
const { PUT: putRole } = await import("../../app/api/v1/users/[id]/role/route.ts");
const { updateProfileAction, deleteAccountAction, regenerateCalendarAction } = await import("../../app/me/actions.ts");
const { changeRoleAction } = await import("../../app/admin/people/actions.ts");
const { POST: postSuggestion } = await import("../../app/api/v1/suggestions/route.ts");
const { POST: postVote, DELETE: deleteVote } = await import("../../app/api/v1/suggestions/[id]/vote/route.ts");
const { suggestPaperAction, suggestTopicAction, voteAction } = await import("../../app/(public)/papers/actions.ts");
const { triageAction, importReadingListAction } = await import("../../app/(public)/papers/triage-actions.ts");
const { POST: postClaim, DELETE: deleteClaim } = await import("../../app/api/v1/slots/[id]/claim/route.ts");
const { POST: postApprove } = await import("../../app/api/v1/claims/[id]/approve/route.ts");
const { POST: postDecline } = await import("../../app/api/v1/claims/[id]/decline/route.ts");
const {
  claimSlotAction,
  decideClaimAction,
  withdrawClaimAction,
  addSlidesAction,
  assignSpeakerAction,
  inviteAuthorAction,
  acceptInvitationAction,
  confirmTalkAction,
} = await import("../../app/(public)/speak/actions.ts");
const { rsvpAction, cancelRsvpAction } = await import("../../app/(public)/sessions/rsvp-actions.ts");
const { POST: postRsvp, DELETE: deleteRsvp } = await import("../../app/api/v1/sessions/[id]/rsvp/route.ts");
const { GET: getAttendees, POST: postAttendee } = await import("../../app/api/v1/sessions/[id]/rsvps/route.ts");
const { DELETE: deleteAttendee } = await import("../../app/api/v1/sessions/[id]/rsvps/[userId]/route.ts");
const { PUT: putCheckIn, DELETE: deleteCheckIn } = await import("../../app/api/v1/sessions/[id]/rsvps/[userId]/check-in/route.ts");
const { GET: getMyRsvps } = await import("../../app/api/v1/me/rsvps/route.ts");
const { GET: getMyView } = await import("../../app/api/v1/me/view/route.ts");
const attendeeActions = await import("../../app/organize/attendee-actions.ts");
const { GET: getUnsubscribe, POST: postUnsubscribe } = await import("../../app/api/v1/unsubscribe/[token]/route.ts");
const { changeSubscriptionAction } = await import("../../app/unsubscribe/actions.ts");
const { unsubscribeToken } = await import("../../lib/mail/unsubscribe-token.ts");

const { POST: postSeries } = await import("../../app/api/v1/series/route.ts");
const { PATCH: patchSeries, DELETE: deleteSeriesRoute } = await import("../../app/api/v1/series/[slug]/route.ts");
const { POST: postSeriesSession } = await import("../../app/api/v1/series/[slug]/sessions/route.ts");
const { POST: postPublication } = await import("../../app/api/v1/series/[slug]/publications/route.ts");
const { PATCH: patchSessionRoute, DELETE: deleteSessionRoute } = await import("../../app/api/v1/sessions/[id]/route.ts");
const { POST: postCancellation, DELETE: deleteCancellation } = await import("../../app/api/v1/sessions/[id]/cancellation/route.ts");
const { POST: postReading } = await import("../../app/api/v1/sessions/[id]/readings/route.ts");
const { PATCH: patchReading, DELETE: deleteReading } = await import("../../app/api/v1/readings/[id]/route.ts");
const { POST: postTrack } = await import("../../app/api/v1/tracks/route.ts");
const { PATCH: patchTrackRoute, DELETE: deleteTrackRoute } = await import("../../app/api/v1/tracks/[slug]/route.ts");
const { PUT: putTrackLead, DELETE: deleteTrackLead } = await import("../../app/api/v1/tracks/[slug]/leads/[userId]/route.ts");
const organizeActions = await import("../../app/organize/actions.ts");
const seriesActions = await import("../../app/organize/series-actions.ts");
const importActions = await import("../../app/organize/import-actions.ts");
const { enqueueMail } = await import("../../lib/mail/enqueue-mail.ts");

// Private reads: GET routes and pages.
const { GET: getUsers } = await import("../../app/api/v1/users/route.ts");
const { GET: getPaperLookup } = await import("../../app/api/v1/papers/lookup/route.ts");
const { GET: getScheduleCsv } = await import("../../app/organize/series/[slug]/schedule.csv/route.ts");
const { GET: getAttendeesCsv } = await import("../../app/organize/sessions/[id]/attendees.csv/route.ts");
const { GET: getPersonalCalendar } = await import("../../app/calendar/u/[file]/route.ts");
const pages = {
  me: (await import("../../app/me/page.tsx")).default,
  suggest: (await import("../../app/(public)/papers/suggest/page.tsx")).default,
  invite: (await import("../../app/invite/[token]/page.tsx")).default,
  unsubscribe: (await import("../../app/unsubscribe/[token]/page.tsx")).default,
  people: (await import("../../app/admin/people/page.tsx")).default,
  console: (await import("../../app/organize/page.tsx")).default,
  audit: (await import("../../app/organize/audit/page.tsx")).default,
  readingList: (await import("../../app/organize/reading-list/page.tsx")).default,
  season: (await import("../../app/organize/seasons/[id]/page.tsx")).default,
  series: (await import("../../app/organize/series/[slug]/page.tsx")).default,
  seriesImport: (await import("../../app/organize/series/[slug]/import/page.tsx")).default,
  newSession: (await import("../../app/organize/series/[slug]/sessions/new/page.tsx")).default,
  seriesSettings: (await import("../../app/organize/series/[slug]/settings/page.tsx")).default,
  session: (await import("../../app/organize/sessions/[id]/page.tsx")).default,
  attendees: (await import("../../app/organize/sessions/[id]/attendees/page.tsx")).default,
  checkIn: (await import("../../app/organize/sessions/[id]/check-in/page.tsx")).default,
  poster: (await import("../../app/organize/sessions/[id]/poster/page.tsx")).default,
};
// next.config.ts turns on authInterrupts; forbidden() reads this in the built app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

type Who = "anonymous" | "member" | "owner" | "organizer" | "admin";
const EVERYONE: Who[] = ["anonymous", "member", "owner", "organizer", "admin"];
type Expected = Record<Who, number>;

/** Ids of what a person owns; the "someone else's" variant swaps the owner's for a stranger's. */
type Owned = {
  /** An upcoming slot with a pending claim. */
  claimedSlot: string;
  claim: string;
  /** A slot of a past session that they presented. */
  pastSlot: string;
  /** An upcoming slot they were approved to present. */
  approvedSlot: string;
};

/** People and things of one test: a member, the owner of the resources, an organizer, an admin. */
type Cast = Owned & {
  member: string;
  owner: string;
  organizer: string;
  admin: string;
  /** A fifth person (a member) who owns resources like the owner's: see `strangers`. */
  stranger: string;
  strangers: Owned;
  /** The person whose role would change (the owner). */
  target: string;
  /** The owner's open topic. */
  suggestion: string;
  /** Another open suggestion (what a merge keeps). */
  otherSuggestion: string;
  /** The owner's paper suggestion whose paper is already in a session (can be marked scheduled). */
  paperSuggestion: string;
  /** An open slot of an upcoming Test of Time session (claims wait for approval). */
  openSlot: string;
  /** An open slot of an upcoming Paper Club session (claims are approved at once). */
  autoSlot: string;
  /** The token of an invitation to present (on a third upcoming slot). */
  invitationToken: string;
  /** The owner's schedule-changes unsubscribe token (the link in their email). */
  unsubscribeToken: string;
  /** What the owner could make of it for the stranger: the stranger's id under the owner's signature. */
  forgedUnsubscribeToken: string;
  /** The schedule draft: a series, a session in it (holding the open slots), another session,
   *  an unclaimed reading of the first that can move `readingDirection`, a season and a track
   *  without sessions, and an accepted paper suggestion that is in no session. */
  series: string;
  draftSession: string;
  otherSession: string;
  reading: string;
  readingDirection: "up" | "down";
  season: string;
  track: string;
  acceptedSuggestion: string;
  /** A season of its own with one track and no sessions yet: the planner has one to create. */
  planSeason: string;
  /** The owner's and the stranger's personal calendar tokens (everyone in the cast has one). */
  calendarToken: string;
  strangerCalendarToken: string;
};

/** The answer's status, and for reads what it shows (the body, or a page's HTML). */
type Outcome = { status: number; body?: string };
type EffectContext = { db: Db; cast: Cast; who: Who; actor: string };
type Row = {
  /** "METHOD /path" for routes, "file#export" for server actions: what discovery finds. */
  id: string;
  /** Which branch of the action or route this row takes, when it has several. */
  branch?: string;
  /** What "owner" means for this row. */
  owner: string;
  expected: Expected;
  run: (cast: Cast, who: Who) => Promise<Outcome>;
  /** Runs before the "before" fingerprint, on the real cast, e.g. a vote to take back. */
  prepare?: (ctx: EffectContext) => Promise<void>;
  /** An allowed cell reads only: it must change nothing (a preview). */
  readOnly?: boolean;
  /** What an allowed cell must have done (besides changing the fingerprint). */
  effect?: (ctx: EffectContext) => Promise<void>;
  /** What an allowed read must show (its body, or the page's HTML). */
  shows?: (body: string, ctx: EffectContext) => void;
  /** The same request with an unknown id (random uuid or token) in every id it takes. */
  unknownId?: Expected;
  /** The same request on someone else's resource (the stranger's claim, talk, slot). */
  othersId?: Expected;
  /** For rows whose token is the permission: the same request with the token forged for the stranger. */
  forgedToken?: Expected;
};

const ACTION_STATUS: Record<string, number> = { unauthenticated: 401, forbidden: 403, not_found: 404, validation: 422, conflict: 409 };

async function viaAction(fn: () => Promise<{ ok: boolean; code?: string }>): Promise<Outcome> {
  try {
    const result = await fn();
    return { status: result.ok ? 200 : (ACTION_STATUS[result.code ?? ""] ?? 500) };
  } catch (error) {
    // redirect() after success
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { status: 200 };
    throw error;
  }
}

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/**
 * A same-origin JSON request, as the app's own pages send: JSON content type, an Origin of the
 * request's own origin and Sec-Fetch-Site: same-origin, so cells keep testing authorization
 * (not the cross-site check) whatever the API's edge requires.
 */
function request(method: string, pathname: string, body: unknown = {}) {
  const url = new URL(pathname, "http://localhost");
  return new NextRequest(url, {
    method,
    body: method === "GET" ? undefined : JSON.stringify(body),
    headers: { host: url.host, "content-type": "application/json", origin: url.origin, "sec-fetch-site": "same-origin" },
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const status = async (response: Promise<Response>): Promise<Outcome> => ({ status: (await response).status });
/** A read: the status and what it shows. */
const reading = async (response: Promise<Response>): Promise<Outcome> => {
  const r = await response;
  return { status: r.status, body: await r.text() };
};
const IDLE_ROUTER: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "matrix" };
/** The answer of a page that redirects to sign in (any other redirect is a 303 here, and fails). */
const SIGN_IN = 307;
type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => ReactNode | Promise<ReactNode>;
/**
 * A page, rendered to HTML as Next.js would (its async components too): 200 with the HTML, or the
 * signal it threw: a redirect to /signin (307), forbidden() (403), notFound() (404).
 */
async function viaPage(page: unknown, params: Record<string, string> = {}): Promise<Outcome> {
  let failure: unknown;
  try {
    const element = await (page as Page)({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    // Client components that use the router (useRouter) render on the server inside Next's app router.
    const inRouter = createElement(AppRouterContext.Provider, { value: IDLE_ROUTER }, element);
    const stream = await renderToReadableStream(inRouter, { onError: (error) => void (failure ??= error) });
    await stream.allReady;
    const body = await new Response(stream).text();
    if (failure === undefined) return { status: 200, body };
  } catch (error) {
    failure ??= error;
  }
  const digest = String((failure as { digest?: unknown } | undefined)?.digest ?? "");
  const [kind, , location, code] = digest.split(";");
  if (kind === "NEXT_REDIRECT") return { status: location.startsWith("/signin?") && code === "307" ? SIGN_IN : 303, body: location };
  if (kind === "NEXT_HTTP_ERROR_FALLBACK") return { status: Number(digest.split(";")[1]) };
  throw failure;
}
/** A call of PUT or DELETE /api/v1/tracks/{slug}/leads/{userId} on the cast's track and target. */
const trackLeadCall =
  (handler: (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>, method: "PUT" | "DELETE") =>
  (cast: Cast) =>
    status(
      handler(request(method, `/api/v1/tracks/${cast.track}/leads/${cast.target}`), {
        params: Promise.resolve({ slug: cast.track, userId: cast.target }),
      }),
    );
const attendeeParams = (cast: Cast) => ({ params: Promise.resolve({ id: cast.draftSession, userId: cast.stranger }) });
/** The stranger's in-person RSVP to the draft session (checked in or not), for organizers to act on. */
const strangerRsvp =
  (checkedIn: boolean) =>
  async ({ db, cast }: EffectContext) => {
    await db.rsvp.create({
      data: {
        sessionId: cast.draftSession,
        userId: cast.stranger,
        mode: "IN_PERSON",
        status: "CONFIRMED",
        checkedInAt: checkedIn ? appNow() : null,
      },
    });
  };

// Common expectations.
const SIGNED_IN: Expected = { anonymous: 401, member: 200, owner: 200, organizer: 200, admin: 200 };
const SIGNED_IN_CREATED: Expected = { anonymous: 401, member: 201, owner: 201, organizer: 201, admin: 201 };
const ORGANIZERS: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 };
const ADMINS: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 403, admin: 200 };
const OWNER_ONLY: Expected = { anonymous: 401, member: 403, owner: 200, organizer: 403, admin: 403 };
const OWNER_OR_ORGANIZERS: Expected = { anonymous: 401, member: 403, owner: 200, organizer: 200, admin: 200 };
/** Unknown id: whoever may act learns it does not exist; the others are refused first. */
const SIGNED_IN_404: Expected = { anonymous: 401, member: 404, owner: 404, organizer: 404, admin: 404 };
const ORGANIZERS_404: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 404, admin: 404 };
const ADMINS_404: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 403, admin: 404 };
const NOBODY: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 403, admin: 403 };
const ORGANIZERS_CREATED: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 201, admin: 201 };
const ORGANIZERS_ON_OTHERS: Expected = { anonymous: 401, member: 403, owner: 403, organizer: 200, admin: 200 };
/** A token in the link is the permission: whoever holds it (signed in or not, as anyone) acts for its owner. */
const TOKEN_HOLDER: Expected = { anonymous: 200, member: 200, owner: 200, organizer: 200, admin: 200 };
const TOKEN_404: Expected = { anonymous: 404, member: 404, owner: 404, organizer: 404, admin: 404 };

// Effects, read back from the database.
const userRow = (db: Db, id: string) => db.user.findUniqueOrThrow({ where: { id } });
const claimRow = (db: Db, id: string) => db.speakerClaim.findUniqueOrThrow({ where: { id } });
const suggestionRow = (db: Db, id: string) => db.suggestion.findUniqueOrThrow({ where: { id } });
const activeClaimOn = (db: Db, slotId: string) =>
  db.speakerClaim.findFirst({ where: { slotId, status: { in: ["INVITED", "PENDING", "APPROVED"] } } });
const voteOf = (db: Db, suggestionId: string, userId: string) => db.vote.findFirst({ where: { suggestionId, userId } });
async function castVote({ db, cast, who, actor }: EffectContext) {
  if (who === "anonymous") return;
  await db.vote.create({ data: { suggestionId: cast.suggestion, userId: actor } });
  await db.suggestion.update({ where: { id: cast.suggestion }, data: { voteCount: { increment: 1 } } });
}

const CLAIMS = "app/(public)/speak/actions.ts";
const PAPERS = "app/(public)/papers/actions.ts";
const TRIAGE = "app/(public)/papers/triage-actions.ts";
const ORGANIZE = "app/organize/actions.ts";
const SERIES_ACTIONS = "app/organize/series-actions.ts";
const IMPORT_ACTIONS = "app/organize/import-actions.ts";
const RSVP_ACTIONS = "app/(public)/sessions/rsvp-actions.ts";
const ATTENDEE_ACTIONS = "app/organize/attendee-actions.ts";
const SEASON_FORM = {
  name: "Matrix season",
  firstDate: "2032-07-01",
  lastDate: "2032-12-31",
  weekday: "3",
  startTime: "18:00",
  durationMinutes: "90",
  timeZone: "America/Los_Angeles",
};
const MATRIX_CSV = "date,title\n2031-04-02,Matrix import";
const sessionRow = (db: Db, id: string) => db.session.findUniqueOrThrow({ where: { id } });
async function cancelDraftSession({ db, cast }: EffectContext) {
  await db.session.update({ where: { id: cast.draftSession }, data: { status: "CANCELLED", cancelReason: "Prepared." } });
}
/** The owner's schedule-change mail is now on or off, changed by them (audited once, as them). */
const ownerScheduleMail =
  (on: boolean) =>
  async ({ db, cast }: EffectContext) => {
    expect((await userRow(db, cast.owner)).notifyScheduleChanges).toBe(on);
    const action = on ? "account.resubscribed" : "account.unsubscribed";
    expect(await db.auditLog.count({ where: { action, actorId: cast.owner, targetId: cast.owner } })).toBe(1);
  };
const DECLINE_REASON = "Someone from the author's lab will present.";

// The one place that lists what exists. 200/201 allowed; 401 sign in first; 403 not allowed;
// 404 no such thing; 409 not in this state; 422 not valid.
const COMMUNITY_ROWS: Row[] = [
  // ── people ──
  {
    id: "PATCH /api/v1/me",
    owner: "the signed-in person (their own profile)",
    expected: SIGNED_IN,
    run: () => status(patchMe(request("PATCH", "/api/v1/me", { name: "Changed Name" }))),
    effect: async ({ db, actor }) => expect((await userRow(db, actor)).name).toBe("Changed Name"),
  },
  {
    id: "DELETE /api/v1/me",
    owner: "the signed-in person (their own account)",
    expected: SIGNED_IN,
    run: () => status(deleteMe(request("DELETE", "/api/v1/me", { confirm: "DELETE" }))),
    effect: async ({ db, actor }) => expect((await userRow(db, actor)).deletedAt).not.toBeNull(),
  },
  {
    id: "PUT /api/v1/users/{id}/role",
    owner: "the person whose role would change",
    expected: ADMINS,
    run: (cast) => status(putRole(request("PUT", `/api/v1/users/${cast.target}/role`, { role: "ORGANIZER" }), params(cast.target))),
    effect: async ({ db, cast }) => expect((await userRow(db, cast.target)).role).toBe("ORGANIZER"),
    unknownId: ADMINS_404,
  },
  {
    id: "app/me/actions.ts#updateProfileAction",
    owner: "the signed-in person (their own profile)",
    expected: SIGNED_IN,
    run: () => viaAction(() => updateProfileAction(null, form({ name: "Changed Name", links: "https://example.com" }))),
    effect: async ({ db, actor }) => {
      const u = await userRow(db, actor);
      expect([u.name, u.links]).toEqual(["Changed Name", ["https://example.com"]]);
    },
  },
  {
    id: "app/me/actions.ts#regenerateCalendarAction",
    owner: "the signed-in person (their own calendar address)",
    expected: SIGNED_IN,
    run: () => viaAction(() => regenerateCalendarAction(null, form({}))),
    effect: async ({ db, actor }) =>
      expect((await db.user.findUniqueOrThrow({ where: { id: actor }, omit: { calendarToken: false } })).calendarToken).toMatch(
        /^[A-Za-z0-9_-]{32}$/,
      ),
  },
  {
    id: "app/me/actions.ts#deleteAccountAction",
    owner: "the signed-in person (their own account)",
    expected: SIGNED_IN,
    run: () => viaAction(() => deleteAccountAction(null, form({ confirm: "DELETE" }))),
    effect: async ({ db, actor }) => {
      expect((await userRow(db, actor)).deletedAt).not.toBeNull();
      expect(await db.authSession.count({ where: { userId: actor } })).toBe(0);
    },
  },
  {
    id: "POST /api/v1/unsubscribe/{token}",
    owner: "the person the token names (their schedule-change mail); the token is the proof, cookies are not read",
    expected: TOKEN_HOLDER,
    run: (cast) =>
      status(
        postUnsubscribe(
          new NextRequest(`http://localhost/api/v1/unsubscribe/${cast.unsubscribeToken}`, {
            method: "POST",
            body: "List-Unsubscribe=One-Click",
            headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.provider.example" },
          }),
          { params: Promise.resolve({ token: cast.unsubscribeToken }) },
        ),
      ),
    effect: ownerScheduleMail(false),
    unknownId: TOKEN_404,
    forgedToken: TOKEN_404,
  },
  {
    id: "app/unsubscribe/actions.ts#changeSubscriptionAction",
    branch: "off",
    owner: "the person the token names (their schedule-change mail); the token is the proof",
    expected: TOKEN_HOLDER,
    run: (cast) => viaAction(() => changeSubscriptionAction(null, form({ token: cast.unsubscribeToken, emails: "off" }))),
    effect: ownerScheduleMail(false),
    unknownId: TOKEN_404,
    forgedToken: TOKEN_404,
  },
  {
    id: "app/unsubscribe/actions.ts#changeSubscriptionAction",
    branch: "on again (Undo)",
    owner: "the person the token names (their schedule-change mail); the token is the proof",
    expected: TOKEN_HOLDER,
    prepare: async ({ db, cast }) => void (await db.user.update({ where: { id: cast.owner }, data: { notifyScheduleChanges: false } })),
    run: (cast) => viaAction(() => changeSubscriptionAction(null, form({ token: cast.unsubscribeToken, emails: "on" }))),
    effect: ownerScheduleMail(true),
    unknownId: TOKEN_404,
    forgedToken: TOKEN_404,
  },
  {
    id: "app/admin/people/actions.ts#changeRoleAction",
    owner: "the person whose role would change",
    expected: ADMINS,
    run: (cast) => viaAction(() => changeRoleAction(null, form({ userId: cast.target, role: "ORGANIZER" }))),
    effect: async ({ db, cast }) => expect((await userRow(db, cast.target)).role).toBe("ORGANIZER"),
    unknownId: ADMINS_404,
  },

  // ── suggestions and votes ──
  {
    id: "POST /api/v1/suggestions",
    branch: "paper",
    owner: "anyone signed in (a new suggestion has no owner yet)",
    expected: SIGNED_IN_CREATED,
    run: (_cast, who) =>
      status(
        postSuggestion(
          request("POST", "/api/v1/suggestions", {
            url: `https://example.com/papers/${who}`,
            title: `Matrix paper by ${who}`,
            reason: "For the matrix.",
          }),
        ),
      ),
    effect: async ({ db, who, actor }) =>
      expect(await db.suggestion.count({ where: { title: `Matrix paper by ${who}`, kind: "PAPER", authorId: actor } })).toBe(1),
  },
  {
    id: "POST /api/v1/suggestions",
    branch: "topic",
    owner: "anyone signed in (a new suggestion has no owner yet)",
    expected: SIGNED_IN_CREATED,
    run: (_cast, who) =>
      status(postSuggestion(request("POST", "/api/v1/suggestions", { kind: "topic", title: `Matrix topic by ${who}`, reason: "For the matrix." }))),
    effect: async ({ db, who, actor }) =>
      expect(await db.suggestion.count({ where: { title: `Matrix topic by ${who}`, kind: "TOPIC", authorId: actor } })).toBe(1),
  },
  {
    id: "POST /api/v1/suggestions/{id}/vote",
    owner: "the suggestion's author",
    expected: SIGNED_IN,
    run: (cast) => status(postVote(request("POST", `/api/v1/suggestions/${cast.suggestion}/vote`), params(cast.suggestion))),
    effect: async ({ db, cast, actor }) => {
      expect(await voteOf(db, cast.suggestion, actor)).not.toBeNull();
      expect((await suggestionRow(db, cast.suggestion)).voteCount).toBe(1);
    },
    unknownId: SIGNED_IN_404,
  },
  {
    id: "DELETE /api/v1/suggestions/{id}/vote",
    owner: "the suggestion's author",
    expected: SIGNED_IN,
    prepare: castVote,
    run: (cast) => status(deleteVote(request("DELETE", `/api/v1/suggestions/${cast.suggestion}/vote`), params(cast.suggestion))),
    effect: async ({ db, cast, actor }) => {
      expect(await voteOf(db, cast.suggestion, actor)).toBeNull();
      expect((await suggestionRow(db, cast.suggestion)).voteCount).toBe(0);
    },
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${PAPERS}#suggestPaperAction`,
    owner: "anyone signed in",
    expected: SIGNED_IN,
    run: (_cast, who) =>
      viaAction(() => suggestPaperAction(null, form({ url: `https://example.com/action/${who}`, title: `Action paper by ${who}` }))),
    effect: async ({ db, who, actor }) => expect(await db.suggestion.count({ where: { title: `Action paper by ${who}`, authorId: actor } })).toBe(1),
  },
  {
    id: `${PAPERS}#suggestTopicAction`,
    owner: "anyone signed in",
    expected: SIGNED_IN,
    run: () => viaAction(() => suggestTopicAction(null, form({ title: "A topic from the matrix" }))),
    effect: async ({ db, actor }) =>
      expect(await db.suggestion.count({ where: { title: "A topic from the matrix", kind: "TOPIC", authorId: actor } })).toBe(1),
  },
  {
    id: `${PAPERS}#voteAction`,
    branch: "upvote",
    owner: "the suggestion's author",
    expected: SIGNED_IN,
    run: (cast) => viaAction(() => voteAction(cast.suggestion, true)),
    effect: async ({ db, cast, actor }) => expect(await voteOf(db, cast.suggestion, actor)).not.toBeNull(),
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${PAPERS}#voteAction`,
    branch: "take back",
    owner: "the suggestion's author",
    expected: SIGNED_IN,
    prepare: castVote,
    run: (cast) => viaAction(() => voteAction(cast.suggestion, false)),
    effect: async ({ db, cast, actor }) => expect(await voteOf(db, cast.suggestion, actor)).toBeNull(),
    unknownId: SIGNED_IN_404,
  },

  // ── triage ──
  {
    id: `${TRIAGE}#triageAction`,
    branch: "accept",
    owner: "the suggestion's author",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.suggestion, decision: "accept", track: "foundations" }))),
    effect: async ({ db, cast, actor }) => {
      const s = await db.suggestion.findUniqueOrThrow({ where: { id: cast.suggestion }, include: { track: true } });
      expect([s.status, s.decidedById, s.track?.slug]).toEqual(["ACCEPTED", actor, "foundations"]);
    },
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${TRIAGE}#triageAction`,
    branch: "decline",
    owner: "the suggestion's author",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.suggestion, decision: "decline", reason: "Not this season." }))),
    effect: async ({ db, cast, actor }) => {
      const s = await suggestionRow(db, cast.suggestion);
      expect([s.status, s.declineReason, s.decidedById]).toEqual(["DECLINED", "Not this season.", actor]);
    },
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${TRIAGE}#triageAction`,
    branch: "merge",
    owner: "the suggestion's author",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.suggestion, decision: "merge", intoId: cast.otherSuggestion }))),
    effect: async ({ db, cast }) => {
      const s = await suggestionRow(db, cast.suggestion);
      expect([s.status, s.mergedIntoId]).toEqual(["MERGED", cast.otherSuggestion]);
    },
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${TRIAGE}#triageAction`,
    branch: "schedule",
    owner: "the suggestion's author",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.paperSuggestion, decision: "schedule" }))),
    effect: async ({ db, cast }) => {
      const s = await suggestionRow(db, cast.paperSuggestion);
      expect(s.status).toBe("SCHEDULED");
      expect(s.scheduledSlotId).not.toBeNull();
    },
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${TRIAGE}#triageAction`,
    branch: "no such decision",
    owner: "the suggestion's author",
    expected: { anonymous: 422, member: 422, owner: 422, organizer: 422, admin: 422 },
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.suggestion, decision: "promote" }))),
  },
  {
    id: `${TRIAGE}#importReadingListAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (_cast, who) => viaAction(() => importReadingListAction(null, form({ track: "foundations", text: `https://example.com/reading/${who}` }))),
    effect: async ({ db, actor }) =>
      expect(await db.suggestion.count({ where: { status: "ACCEPTED", decidedById: actor, track: { slug: "foundations" } } })).toBe(1),
  },

  // ── speakers ──
  {
    id: "POST /api/v1/slots/{id}/claim",
    branch: "needs approval",
    owner: "anyone signed in (an open slot has no owner)",
    expected: SIGNED_IN_CREATED,
    run: (cast) => status(postClaim(request("POST", `/api/v1/slots/${cast.openSlot}/claim`, { note: "I know this one." }), params(cast.openSlot))),
    effect: async ({ db, cast, actor }) => expect(await activeClaimOn(db, cast.openSlot)).toMatchObject({ userId: actor, status: "PENDING" }),
    unknownId: SIGNED_IN_404,
  },
  {
    id: "POST /api/v1/slots/{id}/claim",
    branch: "approved at once",
    owner: "anyone signed in (an open slot has no owner)",
    expected: SIGNED_IN_CREATED,
    run: (cast) => status(postClaim(request("POST", `/api/v1/slots/${cast.autoSlot}/claim`, {}), params(cast.autoSlot))),
    effect: async ({ db, cast, actor }) => expect(await activeClaimOn(db, cast.autoSlot)).toMatchObject({ userId: actor, status: "APPROVED" }),
  },
  {
    id: "DELETE /api/v1/slots/{id}/claim",
    owner: "the volunteer whose claim it is",
    expected: OWNER_ONLY,
    run: (cast) => status(deleteClaim(request("DELETE", `/api/v1/slots/${cast.claimedSlot}/claim`), params(cast.claimedSlot))),
    effect: async ({ db, cast }) => expect((await claimRow(db, cast.claim)).status).toBe("WITHDRAWN"),
    unknownId: SIGNED_IN_404,
    othersId: NOBODY,
  },
  {
    id: "POST /api/v1/claims/{id}/approve",
    owner: "the volunteer whose claim it is",
    expected: ORGANIZERS,
    run: (cast) => status(postApprove(request("POST", `/api/v1/claims/${cast.claim}/approve`), params(cast.claim))),
    effect: async ({ db, cast, actor }) => expect(await claimRow(db, cast.claim)).toMatchObject({ status: "APPROVED", decidedById: actor }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/claims/{id}/decline",
    owner: "the volunteer whose claim it is",
    expected: ORGANIZERS,
    run: (cast) => status(postDecline(request("POST", `/api/v1/claims/${cast.claim}/decline`, { reason: DECLINE_REASON }), params(cast.claim))),
    effect: async ({ db, cast, actor }) =>
      expect(await claimRow(db, cast.claim)).toMatchObject({ status: "DECLINED", declineReason: DECLINE_REASON, decidedById: actor }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${CLAIMS}#claimSlotAction`,
    branch: "needs approval",
    owner: "anyone signed in (an open slot has no owner)",
    expected: SIGNED_IN,
    run: (cast) => viaAction(() => claimSlotAction(null, form({ slotId: cast.openSlot }))),
    effect: async ({ db, cast, actor }) => expect(await activeClaimOn(db, cast.openSlot)).toMatchObject({ userId: actor, status: "PENDING" }),
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${CLAIMS}#claimSlotAction`,
    branch: "approved at once",
    owner: "anyone signed in (an open slot has no owner)",
    expected: SIGNED_IN,
    run: (cast) => viaAction(() => claimSlotAction(null, form({ slotId: cast.autoSlot }))),
    effect: async ({ db, cast, actor }) => expect(await activeClaimOn(db, cast.autoSlot)).toMatchObject({ userId: actor, status: "APPROVED" }),
  },
  {
    id: `${CLAIMS}#decideClaimAction`,
    branch: "approve",
    owner: "the volunteer whose claim it is",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => decideClaimAction(null, form({ claimId: cast.claim, decision: "approve" }))),
    effect: async ({ db, cast, actor }) => expect(await claimRow(db, cast.claim)).toMatchObject({ status: "APPROVED", decidedById: actor }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${CLAIMS}#decideClaimAction`,
    branch: "decline",
    owner: "the volunteer whose claim it is",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => decideClaimAction(null, form({ claimId: cast.claim, decision: "decline", reason: DECLINE_REASON }))),
    effect: async ({ db, cast, actor }) =>
      expect(await claimRow(db, cast.claim)).toMatchObject({ status: "DECLINED", declineReason: DECLINE_REASON, decidedById: actor }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${CLAIMS}#withdrawClaimAction`,
    owner: "the volunteer whose claim it is",
    expected: OWNER_ONLY,
    run: (cast) => viaAction(() => withdrawClaimAction(null, form({ slotId: cast.claimedSlot }))),
    effect: async ({ db, cast }) => expect((await claimRow(db, cast.claim)).status).toBe("WITHDRAWN"),
    unknownId: SIGNED_IN_404,
    othersId: NOBODY,
  },
  {
    id: `${CLAIMS}#addSlidesAction`,
    owner: "the talk's approved presenter",
    expected: OWNER_OR_ORGANIZERS,
    run: (cast) => viaAction(() => addSlidesAction(null, form({ slotId: cast.pastSlot, slidesUrl: "https://example.com/slides.pdf" }))),
    effect: async ({ db, cast }) =>
      expect((await db.slot.findUniqueOrThrow({ where: { id: cast.pastSlot } })).slidesUrl).toBe("https://example.com/slides.pdf"),
    unknownId: SIGNED_IN_404,
    othersId: ORGANIZERS_ON_OTHERS,
  },
  {
    id: `${CLAIMS}#assignSpeakerAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => assignSpeakerAction(null, form({ slotId: cast.openSlot, email: "member@matrix.test" }))),
    effect: async ({ db, cast }) => expect(await activeClaimOn(db, cast.openSlot)).toMatchObject({ userId: cast.member, status: "APPROVED" }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${CLAIMS}#inviteAuthorAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => inviteAuthorAction(null, form({ slotId: cast.openSlot, name: "Outside Author", email: "author@uni.example" }))),
    effect: async ({ db, cast }) =>
      expect(await activeClaimOn(db, cast.openSlot)).toMatchObject({ status: "INVITED", inviteEmail: "author@uni.example", userId: null }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${CLAIMS}#acceptInvitationAction`,
    owner: "whoever holds the invitation link (the token is the proof)",
    expected: SIGNED_IN,
    run: (cast) => viaAction(() => acceptInvitationAction(null, form({ token: cast.invitationToken }))),
    effect: async ({ db, actor }) =>
      expect(await db.speakerClaim.count({ where: { inviteEmail: "author@elsewhere.test", userId: actor, status: "APPROVED" } })).toBe(1),
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${CLAIMS}#confirmTalkAction`,
    owner: "the talk's approved presenter",
    expected: OWNER_ONLY,
    run: (cast) => viaAction(() => confirmTalkAction(null, form({ slotId: cast.approvedSlot }))),
    effect: async ({ db, cast }) =>
      expect(await activeClaimOn(db, cast.approvedSlot)).toMatchObject({ userId: cast.owner, confirmedAt: expect.any(Date) }),
    unknownId: SIGNED_IN_404,
    othersId: NOBODY,
  },

  // ── RSVPs: each person answers for themselves (the upcoming published draft session) ──
  {
    id: `${RSVP_ACTIONS}#rsvpAction`,
    owner: "anyone signed in, for themselves",
    expected: SIGNED_IN,
    run: (cast) => viaAction(() => rsvpAction(null, form({ sessionId: cast.draftSession, mode: "remote" }))),
    effect: async ({ db, cast, actor }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: actor } })).toMatchObject([
        { mode: "REMOTE", status: "CONFIRMED" },
      ]),
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${RSVP_ACTIONS}#cancelRsvpAction`,
    owner: "anyone signed in, for themselves",
    expected: SIGNED_IN,
    prepare: async ({ db, cast, who, actor }) => {
      if (who !== "anonymous") await db.rsvp.create({ data: { sessionId: cast.draftSession, userId: actor, mode: "REMOTE", status: "CONFIRMED" } });
    },
    run: (cast) => viaAction(() => cancelRsvpAction(null, form({ sessionId: cast.draftSession }))),
    effect: async ({ db, cast, actor }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: actor } })).toMatchObject([{ status: "CANCELLED" }]),
    unknownId: SIGNED_IN_404,
  },
  {
    id: "POST /api/v1/sessions/{id}/rsvp",
    owner: "anyone signed in, for themselves",
    expected: SIGNED_IN,
    run: (cast) => status(postRsvp(request("POST", `/api/v1/sessions/${cast.draftSession}/rsvp`, { mode: "in_person" }), params(cast.draftSession))),
    effect: async ({ db, cast, actor }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: actor } })).toMatchObject([
        { mode: "IN_PERSON", status: "CONFIRMED" },
      ]),
    unknownId: SIGNED_IN_404,
  },
  {
    id: "DELETE /api/v1/sessions/{id}/rsvp",
    owner: "anyone signed in, for themselves",
    expected: SIGNED_IN,
    prepare: async ({ db, cast, who, actor }) => {
      if (who !== "anonymous")
        await db.rsvp.create({ data: { sessionId: cast.draftSession, userId: actor, mode: "IN_PERSON", status: "CONFIRMED" } });
    },
    run: (cast) => status(deleteRsvp(request("DELETE", `/api/v1/sessions/${cast.draftSession}/rsvp`), params(cast.draftSession))),
    effect: async ({ db, cast, actor }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: actor } })).toMatchObject([{ status: "CANCELLED" }]),
    unknownId: SIGNED_IN_404,
  },
  {
    id: `${ATTENDEE_ACTIONS}#addAttendeeAction`,
    owner: "organizers, for anyone",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        attendeeActions.addAttendeeAction(null, form({ sessionId: cast.draftSession, email: "walk-in@matrix.test", mode: "in_person" })),
      ),
    effect: async ({ db, cast }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, user: { email: "walk-in@matrix.test" } } })).toMatchObject([
        { mode: "IN_PERSON", status: "CONFIRMED" },
      ]),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ATTENDEE_ACTIONS}#removeAttendeeAction`,
    owner: "organizers, for anyone",
    expected: ORGANIZERS,
    prepare: strangerRsvp(false),
    run: (cast) => viaAction(() => attendeeActions.removeAttendeeAction(null, form({ sessionId: cast.draftSession, userId: cast.stranger }))),
    effect: async ({ db, cast }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).toMatchObject([{ status: "CANCELLED" }]),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ATTENDEE_ACTIONS}#checkInAction`,
    owner: "organizers, at the door",
    expected: ORGANIZERS,
    prepare: strangerRsvp(false),
    run: (cast) => viaAction(() => attendeeActions.checkInAction(null, form({ sessionId: cast.draftSession, userId: cast.stranger }))),
    effect: async ({ db, cast }) =>
      expect((await db.rsvp.findFirstOrThrow({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).checkedInAt).not.toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ATTENDEE_ACTIONS}#undoCheckInAction`,
    owner: "organizers, at the door",
    expected: ORGANIZERS,
    prepare: strangerRsvp(true),
    run: (cast) => viaAction(() => attendeeActions.undoCheckInAction(null, form({ sessionId: cast.draftSession, userId: cast.stranger }))),
    effect: async ({ db, cast }) =>
      expect((await db.rsvp.findFirstOrThrow({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).checkedInAt).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/sessions/{id}/rsvps",
    owner: "organizers, for anyone",
    expected: ORGANIZERS_CREATED,
    run: (cast) =>
      status(
        postAttendee(
          request("POST", `/api/v1/sessions/${cast.draftSession}/rsvps`, { email: "walk-in@matrix.test", mode: "remote" }),
          params(cast.draftSession),
        ),
      ),
    effect: async ({ db, cast }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, user: { email: "walk-in@matrix.test" } } })).toMatchObject([
        { mode: "REMOTE", status: "CONFIRMED" },
      ]),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/sessions/{id}/rsvps/{userId}",
    owner: "organizers, for anyone",
    expected: ORGANIZERS,
    prepare: strangerRsvp(false),
    run: (cast) => status(deleteAttendee(request("DELETE", `/api/v1/sessions/${cast.draftSession}/rsvps/${cast.stranger}`), attendeeParams(cast))),
    effect: async ({ db, cast }) =>
      expect(await db.rsvp.findMany({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).toMatchObject([{ status: "CANCELLED" }]),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "PUT /api/v1/sessions/{id}/rsvps/{userId}/check-in",
    owner: "organizers, at the door",
    expected: ORGANIZERS,
    prepare: strangerRsvp(false),
    run: (cast) => status(putCheckIn(request("PUT", `/api/v1/sessions/${cast.draftSession}/rsvps/${cast.stranger}/check-in`), attendeeParams(cast))),
    effect: async ({ db, cast }) =>
      expect((await db.rsvp.findFirstOrThrow({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).checkedInAt).not.toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/sessions/{id}/rsvps/{userId}/check-in",
    owner: "organizers, at the door",
    expected: ORGANIZERS,
    prepare: strangerRsvp(true),
    run: (cast) =>
      status(deleteCheckIn(request("DELETE", `/api/v1/sessions/${cast.draftSession}/rsvps/${cast.stranger}/check-in`), attendeeParams(cast))),
    effect: async ({ db, cast }) =>
      expect((await db.rsvp.findFirstOrThrow({ where: { sessionId: cast.draftSession, userId: cast.stranger } })).checkedInAt).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
];

const SCHEDULE_ROWS: Row[] = [
  // ── the schedule draft and publishing (organizers) ──
  {
    id: "POST /api/v1/series",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS_CREATED,
    run: (_cast, who) =>
      status(
        postSeries(
          request("POST", "/api/v1/series", {
            slug: `matrix-${who}`,
            name: "Matrix series",
            timeZone: "America/Los_Angeles",
            defaultWeekday: 3,
            defaultStartTime: "12:00",
            defaultDurationMinutes: 60,
            defaultRemote: true,
          }),
        ),
      ),
    effect: async ({ db, who }) => expect(await db.series.count({ where: { slug: `matrix-${who}` } })).toBe(1),
  },
  {
    id: "PATCH /api/v1/series/{slug}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => status(patchSeries(request("PATCH", `/api/v1/series/${cast.series}`, { name: "Renamed series" }), slugParams(cast.series))),
    effect: async ({ db, cast }) => expect((await db.series.findUniqueOrThrow({ where: { slug: cast.series } })).name).toBe("Renamed series"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/series/{slug}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    prepare: async ({ db }) =>
      void (await db.series.upsert({ where: { slug: "matrix-empty" }, update: {}, create: { slug: "matrix-empty", name: "Empty" } })),
    run: () => status(deleteSeriesRoute(request("DELETE", "/api/v1/series/matrix-empty"), slugParams("matrix-empty"))),
    effect: async ({ db }) => expect(await db.series.findUnique({ where: { slug: "matrix-empty" } })).toBeNull(),
  },
  {
    id: "POST /api/v1/series/{slug}/sessions",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS_CREATED,
    run: (cast) =>
      status(
        postSeriesSession(
          request("POST", `/api/v1/series/${cast.series}/sessions`, {
            date: "2031-03-05",
            startTime: "18:00",
            durationMinutes: 90,
            title: "Matrix new session",
            isRemote: true,
          }),
          slugParams(cast.series),
        ),
      ),
    effect: async ({ db }) => expect(await db.session.count({ where: { title: "Matrix new session", status: "DRAFT" } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/series/{slug}/publications",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS_CREATED,
    run: (cast) =>
      status(postPublication(request("POST", `/api/v1/series/${cast.series}/publications`, { note: "Matrix" }), slugParams(cast.series))),
    effect: async ({ db, actor }) => expect(await db.publication.count({ where: { note: "Matrix", publishedById: actor } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "PATCH /api/v1/sessions/{id}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      status(patchSessionRoute(request("PATCH", `/api/v1/sessions/${cast.draftSession}`, { title: "Matrix title" }), params(cast.draftSession))),
    effect: async ({ db, cast }) =>
      expect(await sessionRow(db, cast.draftSession)).toMatchObject({ title: "Matrix title", editedByHandAt: expect.any(Date) }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/sessions/{id}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => status(deleteSessionRoute(request("DELETE", `/api/v1/sessions/${cast.draftSession}`), params(cast.draftSession))),
    effect: async ({ db, cast }) =>
      expect((await db.session.findUnique({ where: { id: cast.draftSession } }))?.removedAt ?? "deleted").not.toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/sessions/{id}/cancellation",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      status(
        postCancellation(
          request("POST", `/api/v1/sessions/${cast.draftSession}/cancellation`, { reason: "Matrix reason" }),
          params(cast.draftSession),
        ),
      ),
    effect: async ({ db, cast }) =>
      expect(await sessionRow(db, cast.draftSession)).toMatchObject({ status: "CANCELLED", cancelReason: "Matrix reason" }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/sessions/{id}/cancellation",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    prepare: cancelDraftSession,
    run: (cast) => status(deleteCancellation(request("DELETE", `/api/v1/sessions/${cast.draftSession}/cancellation`), params(cast.draftSession))),
    effect: async ({ db, cast }) => expect(await sessionRow(db, cast.draftSession)).toMatchObject({ status: "DRAFT", cancelReason: null }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/sessions/{id}/readings",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS_CREATED,
    run: (cast) =>
      status(
        postReading(
          request("POST", `/api/v1/sessions/${cast.draftSession}/readings`, {
            reference: "https://example.com/blog/matrix-post",
            title: "A matrix post",
          }),
          params(cast.draftSession),
        ),
      ),
    effect: async ({ db, cast }) =>
      expect(await db.slot.count({ where: { sessionId: cast.draftSession, paper: { title: "A matrix post", source: "URL" } } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "PATCH /api/v1/readings/{id}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      status(patchReading(request("PATCH", `/api/v1/readings/${cast.reading}`, { toSessionId: cast.otherSession }), params(cast.reading))),
    effect: async ({ db, cast }) => expect((await db.slot.findUniqueOrThrow({ where: { id: cast.reading } })).sessionId).toBe(cast.otherSession),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/readings/{id}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => status(deleteReading(request("DELETE", `/api/v1/readings/${cast.reading}`), params(cast.reading))),
    effect: async ({ db, cast }) => expect(await db.slot.findUnique({ where: { id: cast.reading } })).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "POST /api/v1/tracks",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS_CREATED,
    run: (cast, who) =>
      status(postTrack(request("POST", "/api/v1/tracks", { seasonId: cast.season, slug: `matrix-${who}`, name: "A matrix track", plannedWeeks: 2 }))),
    effect: async ({ db, who, cast }) =>
      expect(await db.track.count({ where: { slug: `matrix-${who}`, seasonId: cast.season, plannedWeeks: 2 } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "PATCH /api/v1/tracks/{slug}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => status(patchTrackRoute(request("PATCH", `/api/v1/tracks/${cast.track}`, { plannedWeeks: 3 }), slugParams(cast.track))),
    effect: async ({ db, cast }) => expect((await db.track.findUniqueOrThrow({ where: { slug: cast.track } })).plannedWeeks).toBe(3),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/tracks/{slug}",
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => status(deleteTrackRoute(request("DELETE", `/api/v1/tracks/${cast.track}`), slugParams(cast.track))),
    effect: async ({ db, cast }) => expect(await db.track.findUnique({ where: { slug: cast.track } })).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "PUT /api/v1/tracks/{slug}/leads/{userId}",
    owner: "(no owner: organizers name a track's leads)",
    expected: ORGANIZERS,
    run: trackLeadCall(putTrackLead, "PUT"),
    effect: async ({ db, cast }) => expect(await db.trackLead.count({ where: { track: { slug: cast.track }, userId: cast.target } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "DELETE /api/v1/tracks/{slug}/leads/{userId}",
    owner: "(no owner: organizers remove a track's leads)",
    expected: ORGANIZERS,
    prepare: async ({ db, cast }) => {
      const track = await db.track.findUniqueOrThrow({ where: { slug: cast.track } });
      await db.trackLead.create({ data: { trackId: track.id, userId: cast.target } });
    },
    run: trackLeadCall(deleteTrackLead, "DELETE"),
    effect: async ({ db, cast }) => expect(await db.trackLead.count({ where: { track: { slug: cast.track }, userId: cast.target } })).toBe(0),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#createSessionAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        organizeActions.createSessionAction(
          null,
          form({ series: cast.series, date: "2031-03-12", startTime: "18:00", durationMinutes: "90", title: "Matrix form session", isRemote: "on" }),
        ),
      ),
    effect: async ({ db }) => expect(await db.session.count({ where: { title: "Matrix form session", status: "DRAFT" } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#updateSessionAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        organizeActions.updateSessionAction(
          null,
          form({
            sessionId: cast.draftSession,
            date: "2031-03-19",
            startTime: "18:30",
            durationMinutes: "60",
            title: "Matrix edited",
            isRemote: "on",
          }),
        ),
      ),
    effect: async ({ db, cast }) => expect(await sessionRow(db, cast.draftSession)).toMatchObject({ title: "Matrix edited", isInPerson: false }),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#cancelSessionAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => organizeActions.cancelSessionAction(null, form({ sessionId: cast.draftSession, reason: "Matrix reason" }))),
    effect: async ({ db, cast }) => expect((await sessionRow(db, cast.draftSession)).status).toBe("CANCELLED"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#restoreSessionAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    prepare: cancelDraftSession,
    run: (cast) => viaAction(() => organizeActions.restoreSessionAction(null, form({ sessionId: cast.draftSession }))),
    effect: async ({ db, cast }) => expect((await sessionRow(db, cast.draftSession)).status).toBe("DRAFT"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#removeSessionAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() => organizeActions.removeSessionAction(null, form({ sessionId: cast.draftSession, series: cast.series, confirm: "on" }))),
    effect: async ({ db, cast }) =>
      expect((await db.session.findUnique({ where: { id: cast.draftSession } }))?.removedAt ?? "deleted").not.toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#addReadingAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        organizeActions.addReadingAction(
          null,
          form({ sessionId: cast.draftSession, reference: "https://example.com/blog/matrix-form", title: "Matrix form post" }),
        ),
      ),
    effect: async ({ db, cast }) =>
      expect(await db.slot.count({ where: { sessionId: cast.draftSession, paper: { title: "Matrix form post" } } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#addSuggestionReadingAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        organizeActions.addSuggestionReadingAction(null, form({ sessionId: cast.draftSession, suggestionId: cast.acceptedSuggestion })),
      ),
    effect: async ({ db, cast }) => expect((await suggestionRow(db, cast.acceptedSuggestion)).status).toBe("SCHEDULED"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#removeReadingAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => organizeActions.removeReadingAction(null, form({ slotId: cast.reading }))),
    effect: async ({ db, cast }) => expect(await db.slot.findUnique({ where: { id: cast.reading } })).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#moveReadingAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => organizeActions.moveReadingAction(null, form({ slotId: cast.reading, direction: cast.readingDirection }))),
    effect: async ({ db, cast }) => expect((await db.session.findUniqueOrThrow({ where: { id: cast.draftSession } })).editedByHandAt).not.toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${ORGANIZE}#publishAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: () => viaAction(() => organizeActions.publishAction(null, form({ series: "test-of-time", note: "Matrix action" }))),
    effect: async ({ db, actor }) => expect(await db.publication.count({ where: { note: "Matrix action", publishedById: actor } })).toBe(1),
  },
  {
    id: `${TRIAGE}#triageAction`,
    branch: "weekly",
    owner: "the suggestion's author",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => triageAction(null, form({ suggestionId: cast.paperSuggestion, decision: "weekly" }))),
    effect: async ({ db, cast }) => expect((await suggestionRow(db, cast.paperSuggestion)).status).toBe("SCHEDULED"),
    unknownId: ORGANIZERS_404,
  },

  {
    id: `${SERIES_ACTIONS}#updateSeriesAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() =>
        seriesActions.updateSeriesAction(
          null,
          form({
            series: cast.series,
            name: "Matrix settings",
            timeZone: "America/Los_Angeles",
            defaultWeekday: "3",
            defaultStartTime: "18:00",
            defaultDurationMinutes: "90",
            defaultRemote: "on",
          }),
        ),
      ),
    effect: async ({ db, cast }) => expect((await db.series.findUniqueOrThrow({ where: { slug: cast.series } })).name).toBe("Matrix settings"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#createSeasonAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast, who) => viaAction(() => seriesActions.createSeasonAction(null, form({ series: cast.series, slug: `matrix-${who}`, ...SEASON_FORM }))),
    effect: async ({ db, who }) => expect(await db.season.count({ where: { slug: `matrix-${who}` } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#updateSeasonAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) =>
      viaAction(() => seriesActions.updateSeasonAction(null, form({ seasonId: cast.planSeason, ...SEASON_FORM, name: "Matrix renamed" }))),
    effect: async ({ db, cast }) => expect((await db.season.findUniqueOrThrow({ where: { id: cast.planSeason } })).name).toBe("Matrix renamed"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#createTrackAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast, who) =>
      viaAction(() =>
        seriesActions.createTrackAction(null, form({ seasonId: cast.season, slug: `matrix-form-${who}`, name: "Form track", plannedWeeks: "1" })),
      ),
    effect: async ({ db, who }) => expect(await db.track.count({ where: { slug: `matrix-form-${who}` } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#updateTrackAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => seriesActions.updateTrackAction(null, form({ track: cast.track, name: "Renamed track", plannedWeeks: "2" }))),
    effect: async ({ db, cast }) => expect((await db.track.findUniqueOrThrow({ where: { slug: cast.track } })).name).toBe("Renamed track"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#deleteTrackAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => seriesActions.deleteTrackAction(null, form({ track: cast.track }))),
    effect: async ({ db, cast }) => expect(await db.track.findUnique({ where: { slug: cast.track } })).toBeNull(),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#moveTrackAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => seriesActions.moveTrackAction(null, form({ track: cast.track, direction: "up" }))),
    effect: async ({ db, cast }) => expect((await db.track.findUniqueOrThrow({ where: { slug: cast.track } })).position).toBeLessThan(99),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${SERIES_ACTIONS}#applyPlanAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => seriesActions.applyPlanAction(null, form({ seasonId: cast.planSeason }))),
    effect: async ({ db, cast }) => expect(await db.session.count({ where: { seasonId: cast.planSeason, status: "DRAFT", trackWeek: 1 } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${IMPORT_ACTIONS}#previewImportAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    readOnly: true,
    run: (cast) => viaAction(() => importActions.previewImportAction(null, form({ series: cast.series, csv: MATRIX_CSV }))),
    unknownId: ORGANIZERS_404,
  },
  {
    id: `${IMPORT_ACTIONS}#applyImportAction`,
    owner: "(no owner: organizers only)",
    expected: ORGANIZERS,
    run: (cast) => viaAction(() => importActions.applyImportAction(null, form({ series: cast.series, csv: MATRIX_CSV }))),
    effect: async ({ db }) => expect(await db.session.count({ where: { title: "Matrix import", status: "DRAFT" } })).toBe(1),
    unknownId: ORGANIZERS_404,
  },
];

// Pages: a visitor is sent to sign in (307), a signed-in person without the permission gets the 403 page.
const PAGE_SIGNED_IN: Expected = { anonymous: SIGN_IN, member: 200, owner: 200, organizer: 200, admin: 200 };
const PAGE_ORGANIZERS: Expected = { anonymous: SIGN_IN, member: 403, owner: 403, organizer: 200, admin: 200 };
const PAGE_ORGANIZERS_404: Expected = { anonymous: SIGN_IN, member: 403, owner: 403, organizer: 404, admin: 404 };
const PAGE_ADMINS: Expected = { anonymous: SIGN_IN, member: 403, owner: 403, organizer: 403, admin: 200 };
const ownEmail = (body: string, { who }: EffectContext) => expect(body).toContain(`${who}@matrix.test`);
const ORGANIZER_PAGE = "organizers (the organizer console)";

/**
 * Private reads: what only someone signed in, an organizer, an admin or a link's holder may read.
 * All change nothing, so every cell reuses the database. Here the stranger has an RSVP to the
 * draft session (their email is on its attendee lists, for organizers only).
 */
const READ_ROWS: Row[] = [
  // ── the signed-in person's own ──
  {
    id: "GET /api/v1/me",
    owner: "anyone signed in, their own profile",
    expected: SIGNED_IN,
    readOnly: true,
    run: () => reading(getMe(request("GET", "/api/v1/me"), { params: Promise.resolve({}) })),
    shows: ownEmail,
  },
  {
    id: "GET /api/v1/me/rsvps",
    owner: "anyone signed in, their own",
    expected: SIGNED_IN,
    readOnly: true,
    run: () => reading(getMyRsvps(request("GET", "/api/v1/me/rsvps"), { params: Promise.resolve({}) })),
  },
  {
    id: "GET /api/v1/me/view",
    owner: "anyone: a visitor's is null, a signed-in person's is their own (the personal layer)",
    expected: TOKEN_HOLDER,
    readOnly: true,
    run: () => reading(getMyView(request("GET", "/api/v1/me/view"), { params: Promise.resolve({}) })),
    shows: (body, { who }) => {
      const { view } = JSON.parse(body) as { view: { links: { organize: boolean; people: boolean } } | null };
      if (who === "anonymous") return expect(view).toBeNull();
      expect(view?.links).toEqual({ organize: who === "organizer" || who === "admin", people: who === "admin" });
    },
  },
  {
    id: "PAGE /me",
    owner: "anyone signed in, their own profile, RSVPs, talks and calendar address",
    expected: PAGE_SIGNED_IN,
    readOnly: true,
    run: () => viaPage(pages.me),
    shows: (body, ctx) => {
      ownEmail(body, ctx);
      expect(body).toContain(`/calendar/u/${ctx.who === "owner" ? ctx.cast.calendarToken : ""}`);
    },
  },
  {
    id: "PAGE /papers/suggest",
    owner: "anyone signed in (the suggestion form)",
    expected: PAGE_SIGNED_IN,
    readOnly: true,
    run: () => viaPage(pages.suggest),
  },
  {
    id: "GET /api/v1/papers/lookup",
    owner: "anyone signed in (a lookup may ask arXiv)",
    expected: SIGNED_IN,
    readOnly: true,
    run: () =>
      reading(getPaperLookup(request("GET", "/api/v1/papers/lookup?input=https://example.com/matrix-paper"), { params: Promise.resolve({}) })),
    shows: (body) => expect(JSON.parse(body)).toMatchObject({ canonicalId: "url:https://example.com/matrix-paper" }),
  },

  // ── a link's token is the permission ──
  {
    id: "GET /calendar/u/{file}",
    owner: "whoever holds the owner's calendar address (cookies are not read)",
    expected: TOKEN_HOLDER,
    readOnly: true,
    run: (cast) => {
      const file = `${cast.calendarToken}.ics`;
      return reading(getPersonalCalendar(request("GET", `/calendar/u/${file}`), { params: Promise.resolve({ file }) }));
    },
    shows: (body) => expect(body).toMatch(/^BEGIN:VCALENDAR/),
    unknownId: TOKEN_404,
  },
  {
    id: "GET /api/v1/unsubscribe/{token}",
    owner: "the person the token names; the token is the proof",
    expected: TOKEN_HOLDER,
    readOnly: true,
    run: (cast) =>
      reading(
        getUnsubscribe(request("GET", `/api/v1/unsubscribe/${cast.unsubscribeToken}`), { params: Promise.resolve({ token: cast.unsubscribeToken }) }),
      ),
    unknownId: TOKEN_404,
    forgedToken: TOKEN_404,
  },
  {
    id: "PAGE /unsubscribe/{token}",
    owner: "the person the token names; the token is the proof",
    expected: TOKEN_HOLDER,
    readOnly: true,
    run: (cast) => viaPage(pages.unsubscribe, { token: cast.unsubscribeToken }),
    unknownId: TOKEN_404,
    forgedToken: TOKEN_404,
  },
  {
    id: "PAGE /invite/{token}",
    owner: "whoever holds the invitation link, signed in (a made-up link is a 404 for anyone)",
    expected: PAGE_SIGNED_IN,
    readOnly: true,
    run: (cast) => viaPage(pages.invite, { token: cast.invitationToken }),
    unknownId: TOKEN_404,
  },

  // ── organizers and admins ──
  {
    id: "GET /api/v1/users",
    owner: "admins (everyone's email address)",
    expected: ADMINS,
    readOnly: true,
    run: () => reading(getUsers(request("GET", "/api/v1/users?q=matrix.test"), { params: Promise.resolve({}) })),
    shows: (body) => expect(body).toContain("stranger@matrix.test"),
  },
  {
    id: "PAGE /admin/people",
    owner: "admins (everyone's email address)",
    expected: PAGE_ADMINS,
    readOnly: true,
    run: () => viaPage(pages.people),
  },
  {
    id: "GET /api/v1/sessions/{id}/rsvps",
    owner: "organizers (who comes, with emails)",
    expected: ORGANIZERS,
    readOnly: true,
    run: (cast) => reading(getAttendees(request("GET", `/api/v1/sessions/${cast.draftSession}/rsvps`), params(cast.draftSession))),
    shows: (body) => expect(body).toContain("stranger@matrix.test"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "GET /organize/sessions/{id}/attendees.csv",
    owner: "organizers (who comes, with emails)",
    expected: ORGANIZERS,
    readOnly: true,
    run: (cast) => reading(getAttendeesCsv(request("GET", `/organize/sessions/${cast.draftSession}/attendees.csv`), params(cast.draftSession))),
    shows: (body) => expect(body).toContain("stranger@matrix.test"),
    unknownId: ORGANIZERS_404,
  },
  {
    id: "GET /organize/series/{slug}/schedule.csv",
    owner: "organizers (the unpublished draft)",
    expected: ORGANIZERS,
    readOnly: true,
    run: (cast) => reading(getScheduleCsv(request("GET", `/organize/series/${cast.series}/schedule.csv`), slugParams(cast.series))),
    shows: (body) => expect(body).toContain("Matrix session"),
    unknownId: ORGANIZERS_404,
  },
  { id: "PAGE /organize", owner: ORGANIZER_PAGE, expected: PAGE_ORGANIZERS, readOnly: true, run: () => viaPage(pages.console) },
  { id: "PAGE /organize/audit", owner: ORGANIZER_PAGE, expected: PAGE_ORGANIZERS, readOnly: true, run: () => viaPage(pages.audit) },
  { id: "PAGE /organize/reading-list", owner: ORGANIZER_PAGE, expected: PAGE_ORGANIZERS, readOnly: true, run: () => viaPage(pages.readingList) },
  ...(
    [
      ["PAGE /organize/seasons/{id}", pages.season, (c: Cast) => ({ id: c.season })],
      ["PAGE /organize/series/{slug}", pages.series, (c: Cast) => ({ slug: c.series })],
      ["PAGE /organize/series/{slug}/import", pages.seriesImport, (c: Cast) => ({ slug: c.series })],
      ["PAGE /organize/series/{slug}/sessions/new", pages.newSession, (c: Cast) => ({ slug: c.series })],
      ["PAGE /organize/series/{slug}/settings", pages.seriesSettings, (c: Cast) => ({ slug: c.series })],
      ["PAGE /organize/sessions/{id}", pages.session, (c: Cast) => ({ id: c.draftSession })],
      ["PAGE /organize/sessions/{id}/attendees", pages.attendees, (c: Cast) => ({ id: c.draftSession })],
      ["PAGE /organize/sessions/{id}/check-in", pages.checkIn, (c: Cast) => ({ id: c.draftSession })],
      // The poster shows the session as last published: the draft session never was.
      ["PAGE /organize/sessions/{id}/poster", pages.poster, (c: Cast) => ({ id: c.otherSession })],
    ] as const
  ).map(([id, page, pageParams]): Row => ({
    id,
    owner: ORGANIZER_PAGE,
    expected: PAGE_ORGANIZERS,
    readOnly: true,
    run: (cast) => viaPage(page, pageParams(cast)),
    unknownId: PAGE_ORGANIZERS_404,
  })),
];

const MATRIX: Row[] = [...COMMUNITY_ROWS, ...SCHEDULE_ROWS, ...READ_ROWS];

/** Reads anyone may make, with why: every other read has a row above. */
const PUBLIC_READS: Record<string, string> = {
  "PAGE /": "the published schedule's next sessions",
  "PAGE /papers": "the public board of suggestions",
  "PAGE /schedule": "the published schedule",
  "PAGE /schedule/changes": "the published versions and their change logs",
  "PAGE /sessions/{id}": "a published session (a draft is a 404)",
  "PAGE /speak": "open slots of published sessions",
  "PAGE /tracks/{slug}": "a track's published sessions",
  "PAGE /signin": "the sign-in form",
  "PAGE /signin/check-email": "after asking for a sign-in link",
  "PAGE /dev/outbox": "development only: a 404 in production or with SMTP configured",
  "GET /api/health": "whether the database answers",
  "GET /api/auth/{...nextauth}": "NextAuth's own protocol (providers, CSRF token, callbacks)",
  "GET /api/v1/schedule": "the published schedule as JSON",
  "GET /api/v1/slots": "open slots of published sessions",
  "GET /api/v1/suggestions": "the public board of suggestions",
  "GET /api/v1/series/{slug}/publications": "the published versions and their change logs",
  "GET /calendar/{file}": "a series' published schedule as a calendar",
  "GET /calendar/tracks/{file}": "a track's published sessions as a calendar",
  "GET /sessions/{id}/calendar.ics": "a published session as a calendar file",
  "GET /schedule/changes.atom": "the feed of publications",
  "GET /schedule/{file}": "the published schedule as schedule.json",
};

/** Not run as cells, but listed, so that nothing mutating exists unreviewed. */
const EXEMPT: Record<string, string> = {
  "POST /api/auth/{...nextauth}": "NextAuth's own protocol (sign-in, callbacks, sign-out): public by design, guarded by its CSRF token",
  "POST /theme":
    "the theme switch: sets a cookie on the browser that sent it and writes nothing else, so there is nobody to authorize (tests/integration/theme-route.test.ts)",
};

/** Declares the discovery tests (with the community part) and the cells of one part of the matrix. */
export function defineMatrix(part: "community" | "schedule" | "reads") {
  if (part === "community") defineDiscovery();
  defineCells({ community: COMMUNITY_ROWS, schedule: SCHEDULE_ROWS, reads: READ_ROWS }[part], part);
}

/** The reads that have neither a row nor a reason to be public, and the private ones called public. */
export function unlistedReads(discovered: string[], rows: string[] = MATRIX.map((r) => r.id), publicReads = PUBLIC_READS) {
  return {
    missing: discovered.filter((read) => !rows.includes(read) && !(read in publicReads)),
    privateCalledPublic: Object.keys(publicReads).filter(isPrivatePath),
  };
}

function defineDiscovery() {
  describe("authorization matrix: discovery", () => {
    it("reads every export form and the directive, not comments", () => {
      const code = withoutComments(`// "use server" in a comment is no directive
/* export function Commented() {} */
"use server";
export async function a() {}
export function b() {}
export const c = async () => {};
export const POST = apiRoute(async () => {});
let d1, e1;
export { d1 as d, e1 };
export { type T1, f } from "./f";
export type { T2 } from "./t";
export type T3 = string;
export interface I {}
export default async function () {}
const url = "https://example.com/export function NotReal() {}";
`);
      expect(hasUseServerDirective(code)).toBe(true);
      expect(exportedNames(code).sort()).toEqual(["NotReal", "POST", "a", "b", "c", "d", "default", "e1", "f"].sort());
      expect(hasUseServerDirective(withoutComments(`// a comment\n'use client';\n"use server";`))).toBe(true);
      expect(hasUseServerDirective(withoutComments(`import x from "y";\n"use server";`))).toBe(false);
      expect(hasUseServerDirective(withoutComments(`// "use server"\nexport async function x() {}`))).toBe(false);
    });

    it("lists every mutating route and server action that exists, and nothing that does not", () => {
      const isRead = (id: string) => id.startsWith("GET ") || id.startsWith("PAGE ");
      const listed = [...new Set([...MATRIX.map((r) => r.id).filter((id) => !isRead(id)), ...Object.keys(EXEMPT)])].sort();
      expect(discoverEndpoints()).toEqual(listed);
    });

    it("has a row for every private read (GET route or page) and a reason for every public one, and nothing that does not exist", () => {
      const reads = discoverReads();
      expect(unlistedReads(reads)).toEqual({ missing: [], privateCalledPublic: [] });
      const listed = [
        ...new Set([...MATRIX.map((r) => r.id).filter((id) => id.startsWith("GET ") || id.startsWith("PAGE ")), ...Object.keys(PUBLIC_READS)]),
      ];
      expect(listed.filter((id) => !reads.includes(id))).toEqual([]);
    });

    it("would fail for a private read added without a row, or called public", () => {
      const added = ["PAGE /organize/secrets", "GET /organize/sessions/{id}/emails.csv", "GET /api/v1/me/history", "PAGE /me/tokens"];
      expect(unlistedReads([...discoverReads(), ...added]).missing).toEqual(added);
      const calledPublic = Object.fromEntries(added.map((id) => [id, "it seemed harmless"]));
      expect(unlistedReads(added, [], { ...PUBLIC_READS, ...calledPublic }).privateCalledPublic).toEqual(added);

      // Discovery finds pages and GET handlers wherever they are (groups dropped, [x] as {x}).
      const app = mkdtempSync(path.join(tmpdir(), "matrix-app-"));
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
        writeFileSync(path.join(app, file), text);
      };
      write("(console)/organize/[id]/page.tsx", "export default function P() { return null; }");
      write("organize/[id]/export.csv/route.ts", "export const GET = apiRoute({});");
      write("organize/[id]/archive/route.ts", "// export const GET\nexport async function POST() {}");
      try {
        expect(discoverReads(app)).toEqual(["GET /organize/{id}/export.csv", "PAGE /organize/{id}"]);
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    });
  });
}

function defineCells(rows: Row[], part: string) {
  describe(`authorization matrix (${part})`, () => {
    let cast: Cast;
    // A refused cell must leave the database as it was, so the next cell may reuse it: only
    // allowed (or prepared) cells pay for a fresh clone.
    const database = useReusableTestDatabase({
      seeded: true,
      setup: async ({ db }) => {
        const make = (email: string, role: "MEMBER" | "ORGANIZER" | "ADMIN") =>
          db.user.create({ data: { email, name: email.split("@")[0], role } }).then((u) => u.id);
        const owner = await make("owner@matrix.test", "MEMBER");
        const stranger = await make("stranger@matrix.test", "MEMBER");
        const calendarTokens = { owner: randomBytes(24).toString("base64url"), stranger: randomBytes(24).toString("base64url") };
        cast = {
          member: await make("member@matrix.test", "MEMBER"),
          owner,
          organizer: await make("organizer@matrix.test", "ORGANIZER"),
          admin: await make("admin@matrix.test", "ADMIN"),
          stranger,
          target: owner,
          unsubscribeToken: unsubscribeToken(owner, "schedule-changes"),
          forgedUnsubscribeToken: `${stranger}.schedule-changes.${unsubscribeToken(owner, "schedule-changes").split(".")[2]}`,
          calendarToken: calendarTokens.owner,
          strangerCalendarToken: calendarTokens.stranger,
          ...(await resources(owner, stranger)),
        };
        // Everyone has a calendar address already: /me makes one on first view, which would be a write.
        for (const who of ["member", "owner", "organizer", "admin", "stranger"] as const) {
          const token = who === "owner" || who === "stranger" ? calendarTokens[who] : randomBytes(24).toString("base64url");
          await db.user.update({ where: { id: cast[who] }, data: { calendarToken: token } });
        }
        // One signed-in session per person and database: a cell that could end one (deleting
        // an account) is allowed only where it changes the database, which then gets a fresh clone.
        for (const who of ["member", "owner", "organizer", "admin"] as const) cookies[who] = await sessionCookieFor(cast[who]);
        if (part === "reads") await strangerRsvp(false)({ db, cast, who: "stranger" as Who, actor: cast.stranger });
      },
    });
    const cookies: Record<string, string> = {};
    /** The fingerprint after the last cell: the next cell's "before" when it reuses that database. */
    let lastAfter: { url: string; fingerprint: Record<string, string> } | null = null;
    /** The fingerprint of the file's template: of every fresh clone, before a cell touches it. */
    let freshFingerprint: Record<string, string> | undefined;

    async function resources(owner: string, stranger: string) {
      const db = database.current.db;
      const upcoming = (series: string) =>
        db.slot.findMany({
          where: { claims: { none: {} }, session: { status: "PUBLISHED", startsAt: { gt: appNow() }, series: { slug: series } } },
          orderBy: { id: "asc" },
          take: 6,
          select: { id: true },
        });
      const draft = await scheduleDraft();
      const open = await db.slot.findMany({ where: { sessionId: draft.draftSession }, orderBy: { position: "asc" }, select: { id: true } });
      const [auto] = await upcoming("paper-club");
      const past = await db.slot.findMany({
        where: { session: { status: "PUBLISHED", endsAt: { lt: appNow() } } },
        orderBy: { id: "asc" },
        take: 2,
        select: { id: true },
      });
      expect([open.length, past.length, auto]).toEqual([6, 2, expect.anything()]);

      const invitationToken = "matrix-invitation-token-0123456789";
      await db.speakerClaim.create({
        data: {
          slotId: open[2].id,
          status: "INVITED",
          inviteName: "An Author",
          inviteEmail: "author@elsewhere.test",
          inviteTokenHash: createHash("sha256").update(invitationToken).digest("hex"),
        },
      });
      const owned = async (userId: string, claimed: string, pastSlot: string, approved: string): Promise<Owned> => {
        const claim = await db.speakerClaim.create({ data: { slotId: claimed, userId, status: "PENDING" } });
        await db.speakerClaim.updateMany({ where: { slotId: pastSlot }, data: { status: "RELEASED" } });
        await db.speakerClaim.create({ data: { slotId: pastSlot, userId, status: "APPROVED" } });
        await db.speakerClaim.create({ data: { slotId: approved, userId, status: "APPROVED" } });
        return { claimedSlot: claimed, claim: claim.id, pastSlot, approvedSlot: approved };
      };
      // A paper in a session that nobody suggested yet: its suggestion can be marked scheduled.
      const scheduled = await db.slot.findFirstOrThrow({
        where: { paper: { suggestions: { none: {} } }, session: { status: "PUBLISHED" } },
        select: { paper: { select: { id: true, title: true } } },
      });
      const suggestion = (data: { title: string; authorId: string; kind?: "PAPER" | "TOPIC"; paperId?: string }) =>
        db.suggestion.create({ data: { kind: "TOPIC", ...data } }).then((s) => s.id);
      return {
        ...(await owned(owner, open[1].id, past[0].id, open[3].id)),
        strangers: await owned(stranger, open[4].id, past[1].id, open[5].id),
        openSlot: open[0].id,
        autoSlot: auto.id,
        invitationToken,
        suggestion: await suggestion({ title: "The owner's topic", authorId: owner }),
        otherSuggestion: await suggestion({ title: "Another topic", authorId: stranger }),
        paperSuggestion: await suggestion({ kind: "PAPER", title: scheduled.paper.title, paperId: scheduled.paper.id, authorId: owner }),
        ...draft,
        reading: open[0].id,
        readingDirection: "down" as const,
      };
    }

    /** An upcoming Test of Time session (never published: restored, it is a draft again) of six unclaimed readings (whatever today's date, the
     *  demo's season may be over), a track without sessions, and an accepted suggestion. */
    async function scheduleDraft() {
      const db = database.current.db;
      const series = await db.series.findUniqueOrThrow({ where: { slug: "test-of-time" }, include: { seasons: true } });
      const startsAt = new Date(appNow().getTime() + 10 * 86_400_000);
      const papers = await db.paper.findMany({ orderBy: { id: "asc" }, take: 7, select: { id: true } });
      const session = await db.session.create({
        data: {
          seriesId: series.id,
          title: "Matrix session",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          timeZone: series.timeZone,
          isInPerson: true,
          isRemote: true,
          venueName: "Matrix venue",
          seats: 40,
          status: "PUBLISHED",
          slots: { create: papers.slice(0, 6).map((p, position) => ({ paperId: p.id, position })) },
        },
      });
      const other = await db.session.findFirstOrThrow({
        where: { seriesId: series.id, id: { not: session.id }, slots: { none: { paperId: { in: papers.map((p) => p.id) } } } },
        orderBy: { startsAt: "asc" },
      });
      const season = series.seasons[0];
      await db.track.create({ data: { seasonId: season.id, slug: "matrix-track", name: "Matrix track", position: 99 } });
      const accepted = await db.paper.create({
        data: { canonicalId: "url:https://example.com/matrix-paper", source: "URL", url: "https://example.com/matrix-paper", title: "Matrix paper" },
      });
      const suggestion = await db.suggestion.create({ data: { kind: "PAPER", title: "Matrix paper", paperId: accepted.id, status: "ACCEPTED" } });
      // A series created by mistake, with nothing in it: it may be deleted.
      await db.series.create({ data: { slug: "matrix-empty", name: "Empty" } });
      const planSeason = await db.season.create({
        data: {
          seriesId: series.id,
          slug: "matrix-2031",
          name: "Matrix 2031",
          firstDate: new Date("2031-07-01T00:00:00Z"),
          lastDate: new Date("2031-07-31T00:00:00Z"),
          weekday: 3,
          startTime: "18:00",
          tracks: { create: { slug: "matrix-plan", name: "Matrix plan", position: 0 } },
        },
      });
      return {
        series: series.slug,
        draftSession: session.id,
        otherSession: other.id,
        season: season.id,
        track: "matrix-track",
        acceptedSuggestion: suggestion.id,
        planSeason: planSeason.id,
      };
    }

    beforeEach(() => {
      cookieJar.value = undefined;
    });

    /** The cast with every id it names replaced by an unknown one. */
    const withUnknownIds = (c: Cast): Cast => ({
      ...c,
      target: randomUUID(),
      suggestion: randomUUID(),
      otherSuggestion: randomUUID(),
      paperSuggestion: randomUUID(),
      openSlot: randomUUID(),
      autoSlot: randomUUID(),
      claimedSlot: randomUUID(),
      claim: randomUUID(),
      pastSlot: randomUUID(),
      approvedSlot: randomUUID(),
      invitationToken: `unknown-invitation-${randomUUID()}`,
      // Signed, for a person who does not exist.
      unsubscribeToken: unsubscribeToken(randomUUID(), "schedule-changes"),
      series: `unknown-${randomUUID()}`,
      draftSession: randomUUID(),
      otherSession: randomUUID(),
      reading: randomUUID(),
      season: randomUUID(),
      track: `unknown-${randomUUID()}`,
      acceptedSuggestion: randomUUID(),
      planSeason: randomUUID(),
      calendarToken: randomBytes(24).toString("base64url"),
    });
    /** The cast with the owner's claim, talks and slots replaced by the stranger's. */
    const withStrangersIds = (c: Cast): Cast => ({ ...c, ...c.strangers });

    type Variant = { label: string; expected: Expected; castFor: (c: Cast) => Cast };
    const PLAIN: Variant = { label: "", expected: {} as Expected, castFor: (c) => c };

    /** One cell: the row's request for `who`, held to `expected`. */
    async function runCell(row: Row, variant: Variant, who: Who, expected: number) {
      const allowed = expected < 300;
      const db = database.current.db;
      const c = variant.castFor(cast);
      const actor = who === "anonymous" ? "" : cast[who];
      const ctx: EffectContext = { db, cast: c, who, actor };
      cookieJar.value = who === "anonymous" ? undefined : cookies[who];
      // Prepared on the real resources (an unknown id has nothing to prepare).
      await row.prepare?.({ ...ctx, cast });
      const url = database.current.url;
      // A reused database is as the last cell left it (it changed nothing, or it would be a
      // fresh clone); a fresh clone is a copy of the file's template, as the first one was.
      const before = row.prepare
        ? await databaseFingerprint(url)
        : lastAfter?.url === url
          ? lastAfter.fingerprint
          : database.isFresh
            ? (freshFingerprint ??= await databaseFingerprint(url))
            : await databaseFingerprint(url);
      lastAfter = null;
      const { status, body } = await row.run(c, who);
      expect(status).toBe(expected);
      const after = await databaseFingerprint(url);
      lastAfter = { url, fingerprint: after };
      if (body !== undefined) expectNothingOfOthers(body, who);
      if (allowed && row.readOnly) {
        expect(after, "a read must change nothing").toEqual(before);
        row.shows?.(body ?? "", ctx);
        if (!row.prepare) database.markUnchanged();
      } else if (allowed) {
        expect(after, "an allowed request must change something").not.toEqual(before);
        await row.effect?.(ctx);
      } else {
        expect(after, "a refused request must change nothing (no row, no queued job)").toEqual(before);
        if (!row.prepare) database.markUnchanged();
      }
    }

    /** What someone who is not an organizer may never read: another person's email or calendar address. */
    function expectNothingOfOthers(body: string, who: Who) {
      if (who === "organizer" || who === "admin") return;
      const others = [...new Set(body.match(/[a-z]+@matrix\.test/g) ?? [])].filter((email) => email !== `${who}@matrix.test`);
      expect(others, "someone else's email address").toEqual([]);
      expect(body.includes(cast.strangerCalendarToken), "someone else's calendar address").toBe(false);
    }

    for (const row of rows) {
      const variants: Variant[] = [{ ...PLAIN, expected: row.expected }];
      if (row.unknownId) variants.push({ label: " (unknown id)", expected: row.unknownId, castFor: withUnknownIds });
      if (row.othersId) variants.push({ label: " (someone else's)", expected: row.othersId, castFor: withStrangersIds });
      if (row.forgedToken)
        variants.push({
          label: " (token forged for someone else)",
          expected: row.forgedToken,
          castFor: (c) => ({ ...c, unsubscribeToken: c.forgedUnsubscribeToken }),
        });
      for (const variant of variants) {
        for (const who of EVERYONE) {
          const expected = variant.expected[who];
          it(`${row.id}${row.branch ? ` [${row.branch}]` : ""}${variant.label} as ${who} → ${expected}`, () => runCell(row, variant, who, expected));
        }
      }
    }

    if (part !== "community") return;
    // The matrix's own checks, on deliberately bad rows: each must fail the cell.
    describe("authorization matrix: a bad row fails its cell", () => {
      const queueMail = () =>
        database.current.db.$transaction((tx) => enqueueMail(tx, { to: "member@matrix.test", subject: "Refused", text: "Yet queued." }));
      it("a refused request that still queued a mail", async () => {
        const row: Row = {
          id: "POST /refused-but-queues-a-mail",
          owner: "organizers",
          expected: ORGANIZERS,
          run: async () => {
            await queueMail();
            return { status: 403 };
          },
        };
        await expect(runCell(row, PLAIN, "member", 403)).rejects.toThrow(/a refused request must change nothing/);
      });
      it("a read that queued a mail", async () => {
        const row: Row = {
          id: "GET /reads-and-queues-a-mail",
          owner: "anyone signed in",
          expected: SIGNED_IN,
          readOnly: true,
          run: async () => {
            await queueMail();
            return { status: 200, body: "{}" };
          },
        };
        await expect(runCell(row, PLAIN, "member", 200)).rejects.toThrow(/a read must change nothing/);
      });
      it("a read that shows a member someone else's email address", async () => {
        const row: Row = {
          id: "GET /shows-the-stranger",
          owner: "anyone signed in",
          expected: SIGNED_IN,
          readOnly: true,
          run: async () => ({ status: 200, body: JSON.stringify({ people: ["member@matrix.test", "stranger@matrix.test"] }) }),
        };
        await expect(runCell(row, PLAIN, "member", 200)).rejects.toThrow(/someone else's email address/);
      });
    });
  });
}
