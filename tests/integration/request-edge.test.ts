// Hostile input at the edge, table-driven: every /api/v1 route and every server action gets
// control characters, lone surrogates, arrays, objects, numbers and null in each field, wrong
// content types and cross-site origins. Every answer must be a 4xx with the JSON error shape
// (or an action result with a message), and no table may change. Signed in as an admin, so
// what stops the request is the edge and the schemas, not a missing permission.
import { describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { rsvpSession } from "../support/rsvp-fixtures.ts";
import { apiRequest, ORIGIN, routeParams } from "../support/requests.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const me = await import("../../app/api/v1/me/route.ts");
const role = await import("../../app/api/v1/users/[id]/role/route.ts");
const users = await import("../../app/api/v1/users/route.ts");
const suggestions = await import("../../app/api/v1/suggestions/route.ts");
const vote = await import("../../app/api/v1/suggestions/[id]/vote/route.ts");
const lookup = await import("../../app/api/v1/papers/lookup/route.ts");
const schedule = await import("../../app/api/v1/schedule/route.ts");
const slots = await import("../../app/api/v1/slots/route.ts");
const claim = await import("../../app/api/v1/slots/[id]/claim/route.ts");
const approve = await import("../../app/api/v1/claims/[id]/approve/route.ts");
const decline = await import("../../app/api/v1/claims/[id]/decline/route.ts");
const meActions = await import("../../app/me/actions.ts");
const peopleActions = await import("../../app/admin/people/actions.ts");
const paperActions = await import("../../app/(public)/papers/actions.ts");
const triageActions = await import("../../app/(public)/papers/triage-actions.ts");
const speakActions = await import("../../app/(public)/speak/actions.ts");
const rsvpActions = await import("../../app/(public)/sessions/rsvp-actions.ts");
const organizeActions = await import("../../app/organize/actions.ts");
const seriesActions = await import("../../app/organize/series-actions.ts");
const importActions = await import("../../app/organize/import-actions.ts");
const attendeeActions = await import("../../app/organize/attendee-actions.ts");
const seriesRoute = await import("../../app/api/v1/series/route.ts");
const oneSeries = await import("../../app/api/v1/series/[slug]/route.ts");
const seriesSessions = await import("../../app/api/v1/series/[slug]/sessions/route.ts");
const publications = await import("../../app/api/v1/series/[slug]/publications/route.ts");
const oneSession = await import("../../app/api/v1/sessions/[id]/route.ts");
const cancellation = await import("../../app/api/v1/sessions/[id]/cancellation/route.ts");
const readings = await import("../../app/api/v1/sessions/[id]/readings/route.ts");
const rsvp = await import("../../app/api/v1/sessions/[id]/rsvp/route.ts");
const sessionIcs = await import("../../app/(public)/sessions/[id]/calendar.ics/route.ts");
const seriesIcs = await import("../../app/calendar/[file]/route.ts");
const trackIcs = await import("../../app/calendar/tracks/[file]/route.ts");
const personalIcs = await import("../../app/calendar/u/[file]/route.ts");
const scheduleJson = await import("../../app/(public)/schedule/[file]/route.ts");
const attendees = await import("../../app/api/v1/sessions/[id]/rsvps/route.ts");
const attendee = await import("../../app/api/v1/sessions/[id]/rsvps/[userId]/route.ts");
const checkIn = await import("../../app/api/v1/sessions/[id]/rsvps/[userId]/check-in/route.ts");
const oneReading = await import("../../app/api/v1/readings/[id]/route.ts");
const tracks = await import("../../app/api/v1/tracks/route.ts");
const oneTrack = await import("../../app/api/v1/tracks/[slug]/route.ts");
const changesFeed = await import("../../app/(public)/schedule/changes.atom/route.ts");
const attendeesCsv = await import("../../app/organize/sessions/[id]/attendees.csv/route.ts");
const unsubscribeRoute = await import("../../app/api/v1/unsubscribe/[token]/route.ts");
const unsubscribeActions = await import("../../app/unsubscribe/actions.ts");
const { unsubscribeToken } = await import("../../lib/mail/unsubscribe-token.ts");

/** JSON values that no text, id, link or flag field may accept. */
const HOSTILE_JSON: unknown[] = ["a\u0000b", "bell\u0007", "\uD800", ["x"], { x: 1 }, 42, null];
/**
 * Form values: text with control characters, a repeated field, a file. (No lone surrogates:
 * FormData holds USV strings and turns them into U+FFFD, as browsers do before sending.)
 */
const HOSTILE_FORM: (string | string[] | File)[] = ["a\u0000b", "esc\u001B[31m", ["a", "b"], new File(["x"], "x.txt")];
/** For fields that take a list, the hostile values go inside it too. */
const HOSTILE_LIST: unknown[] = [...HOSTILE_JSON.filter((v) => !Array.isArray(v)), ["a\u0000b"], [["x"]], [{ x: 1 }], [null], [42]];
/** Query values: control characters, a repeated key. */
const HOSTILE_QUERY: (string | string[])[] = ["a\u0000b", "\u0001", ["a", "b"]];

type Ids = {
  user: string;
  suggestion: string;
  openSlot: string;
  pendingClaim: string;
  claimSlot: string;
  session: string;
  reading: string;
  season: string;
  /** An upcoming published in-person session (the demo season may be over). */
  rsvpSession: string;
  /** A session of the latest publication, and a track with published sessions. */
  publishedSession: string;
  track: string;
  /** The member's personal calendar token. */
  calendarToken: string;
  /** The member's unsubscribe token for the day-before reminders. */
  unsubscribeToken: string;
};
type Handler = (request: NextRequest, context: ReturnType<typeof routeParams>) => Promise<Response>;
type Route = {
  name: string;
  handler: Handler;
  method: string;
  path: string;
  id?: (ids: Ids) => string;
  /** The name of the path parameter `id` fills (default "id"). */
  param?: "id" | "slug";
  /** Other path parameters, kept valid while `id` is attacked. */
  otherParams?: (ids: Ids) => Record<string, string>;
  /** Fields that take a number: 42 is a fair value there, not an attack. */
  numbers?: string[];
  body?: (ids: Ids) => Record<string, unknown>;
};

const SESSION_FIELDS = { date: "2031-03-05", startTime: "18:00", durationMinutes: 90, title: "Edge session", isRemote: true, isInPerson: false };

const ROUTES: Route[] = [
  {
    name: "PATCH /api/v1/me",
    handler: me.PATCH,
    method: "PATCH",
    path: "/api/v1/me",
    body: () => ({ name: "New", affiliation: "Lab", links: ["https://example.com"], timeZone: "Europe/Paris", notifyDayBefore: false }),
  },
  { name: "DELETE /api/v1/me", handler: me.DELETE, method: "DELETE", path: "/api/v1/me", body: () => ({ confirm: "DELETE" }) },
  {
    name: "PUT /api/v1/users/{id}/role",
    handler: role.PUT,
    method: "PUT",
    path: "/api/v1/users/x/role",
    id: (i) => i.user,
    body: () => ({ role: "ADMIN" }),
  },
  {
    name: "POST /api/v1/suggestions (paper)",
    handler: suggestions.POST,
    method: "POST",
    path: "/api/v1/suggestions",
    body: () => ({
      url: "https://example.com/edge-paper",
      reason: "Why",
      track: "agents",
      title: "Edge paper",
      authors: ["A. Author"],
      confirmNotDuplicate: true,
    }),
  },
  {
    name: "POST /api/v1/suggestions (topic)",
    handler: suggestions.POST,
    method: "POST",
    path: "/api/v1/suggestions",
    body: () => ({ kind: "topic", title: "Edge topic", reason: "Why", track: "agents" }),
  },
  { name: "POST /api/v1/suggestions/{id}/vote", handler: vote.POST, method: "POST", path: "/api/v1/suggestions/x/vote", id: (i) => i.suggestion },
  {
    name: "DELETE /api/v1/suggestions/{id}/vote",
    handler: vote.DELETE,
    method: "DELETE",
    path: "/api/v1/suggestions/x/vote",
    id: (i) => i.suggestion,
  },
  {
    name: "POST /api/v1/slots/{id}/claim",
    handler: claim.POST,
    method: "POST",
    path: "/api/v1/slots/x/claim",
    id: (i) => i.openSlot,
    body: () => ({ coPresenter: "Ada", note: "Happy to" }),
  },
  { name: "DELETE /api/v1/slots/{id}/claim", handler: claim.DELETE, method: "DELETE", path: "/api/v1/slots/x/claim", id: (i) => i.claimSlot },
  { name: "POST /api/v1/claims/{id}/approve", handler: approve.POST, method: "POST", path: "/api/v1/claims/x/approve", id: (i) => i.pendingClaim },
  {
    name: "POST /api/v1/claims/{id}/decline",
    handler: decline.POST,
    method: "POST",
    path: "/api/v1/claims/x/decline",
    id: (i) => i.pendingClaim,
    body: () => ({ reason: "Not this time" }),
  },
  {
    name: "POST /api/v1/series",
    handler: seriesRoute.POST,
    method: "POST",
    path: "/api/v1/series",
    body: () => ({
      slug: "edge-series",
      name: "Edge",
      timeZone: "Europe/Paris",
      defaultWeekday: 2,
      defaultStartTime: "19:00",
      defaultDurationMinutes: 60,
    }),
    numbers: ["defaultDurationMinutes"],
  },
  {
    name: "PATCH /api/v1/series/{slug}",
    handler: oneSeries.PATCH,
    method: "PATCH",
    path: "/api/v1/series/x",
    param: "slug",
    id: () => "test-of-time",
    body: () => ({ name: "Edge", timeZone: "Europe/Paris", defaultStartTime: "19:00", venueName: "Edge hall", remoteUrl: "https://zoom.us/j/1" }),
  },
  {
    name: "DELETE /api/v1/series/{slug}",
    handler: oneSeries.DELETE,
    method: "DELETE",
    path: "/api/v1/series/x",
    param: "slug",
    id: () => "test-of-time",
  },
  {
    name: "POST /api/v1/series/{slug}/sessions",
    handler: seriesSessions.POST,
    method: "POST",
    path: "/api/v1/series/x/sessions",
    param: "slug",
    id: () => "test-of-time",
    body: () => SESSION_FIELDS,
    numbers: ["durationMinutes"],
  },
  {
    name: "POST /api/v1/series/{slug}/publications",
    handler: publications.POST,
    method: "POST",
    path: "/api/v1/series/x/publications",
    param: "slug",
    id: () => "test-of-time",
    body: () => ({ note: "Edge" }),
  },
  {
    name: "PATCH /api/v1/sessions/{id}",
    handler: oneSession.PATCH,
    method: "PATCH",
    path: "/api/v1/sessions/x",
    id: (i) => i.session,
    body: () => SESSION_FIELDS,
    numbers: ["durationMinutes"],
  },
  { name: "DELETE /api/v1/sessions/{id}", handler: oneSession.DELETE, method: "DELETE", path: "/api/v1/sessions/x", id: (i) => i.session },
  {
    name: "POST /api/v1/sessions/{id}/cancellation",
    handler: cancellation.POST,
    method: "POST",
    path: "/api/v1/sessions/x/cancellation",
    id: (i) => i.session,
    body: () => ({ reason: "Edge reason" }),
  },
  {
    name: "DELETE /api/v1/sessions/{id}/cancellation",
    handler: cancellation.DELETE,
    method: "DELETE",
    path: "/api/v1/sessions/x/cancellation",
    id: (i) => i.session,
  },
  {
    name: "POST /api/v1/sessions/{id}/readings",
    handler: readings.POST,
    method: "POST",
    path: "/api/v1/sessions/x/readings",
    id: (i) => i.session,
    body: () => ({ reference: "https://example.com/edge-post", title: "Edge post", authors: "A. Author" }),
  },
  {
    name: "POST /api/v1/sessions/{id}/rsvp",
    handler: rsvp.POST,
    method: "POST",
    path: "/api/v1/sessions/x/rsvp",
    id: (i) => i.rsvpSession,
    body: () => ({ mode: "in_person" }),
  },
  { name: "DELETE /api/v1/sessions/{id}/rsvp", handler: rsvp.DELETE, method: "DELETE", path: "/api/v1/sessions/x/rsvp", id: (i) => i.rsvpSession },
  {
    name: "POST /api/v1/sessions/{id}/rsvps",
    handler: attendees.POST,
    method: "POST",
    path: "/api/v1/sessions/x/rsvps",
    id: (i) => i.rsvpSession,
    body: () => ({ email: "walk-in@example.com", mode: "remote" }),
  },
  {
    name: "DELETE /api/v1/sessions/{id}/rsvps/{userId}",
    handler: attendee.DELETE,
    method: "DELETE",
    path: "/api/v1/sessions/x/rsvps/y",
    id: (i) => i.rsvpSession,
    otherParams: (i) => ({ userId: i.user }),
  },
  {
    name: "PUT /api/v1/sessions/{id}/rsvps/{userId}/check-in",
    handler: checkIn.PUT,
    method: "PUT",
    path: "/api/v1/sessions/x/rsvps/y/check-in",
    id: (i) => i.rsvpSession,
    otherParams: (i) => ({ userId: i.user }),
  },
  {
    name: "DELETE /api/v1/sessions/{id}/rsvps/{userId}/check-in",
    handler: checkIn.DELETE,
    method: "DELETE",
    path: "/api/v1/sessions/x/rsvps/y/check-in",
    id: (i) => i.rsvpSession,
    otherParams: (i) => ({ userId: i.user }),
  },
  {
    name: "PATCH /api/v1/readings/{id}",
    handler: oneReading.PATCH,
    method: "PATCH",
    path: "/api/v1/readings/x",
    id: (i) => i.reading,
    body: () => ({ direction: "down" }),
  },
  { name: "DELETE /api/v1/readings/{id}", handler: oneReading.DELETE, method: "DELETE", path: "/api/v1/readings/x", id: (i) => i.reading },
  {
    name: "POST /api/v1/tracks",
    handler: tracks.POST,
    method: "POST",
    path: "/api/v1/tracks",
    body: (i) => ({ seasonId: i.season, slug: "edge-track", name: "Edge track", description: "Edge", plannedWeeks: 2 }),
  },
  {
    name: "PATCH /api/v1/tracks/{slug}",
    handler: oneTrack.PATCH,
    method: "PATCH",
    path: "/api/v1/tracks/x",
    param: "slug",
    id: () => "agents",
    body: () => ({ name: "Edge", description: "Edge", plannedWeeks: 2 }),
  },
  { name: "DELETE /api/v1/tracks/{slug}", handler: oneTrack.DELETE, method: "DELETE", path: "/api/v1/tracks/x", param: "slug", id: () => "agents" },
];

type Query = { name: string; handler: Handler; path: string; keys: string[] };
const QUERIES: Query[] = [
  { name: "GET /api/v1/schedule", handler: schedule.GET, path: "/api/v1/schedule", keys: ["series", "track", "mode"] },
  { name: "GET /api/v1/slots", handler: slots.GET, path: "/api/v1/slots", keys: ["status", "track", "series"] },
  { name: "GET /api/v1/suggestions", handler: suggestions.GET, path: "/api/v1/suggestions", keys: ["sort", "track", "status", "page"] },
  { name: "GET /api/v1/users", handler: users.GET, path: "/api/v1/users", keys: ["q", "page"] },
  { name: "GET /api/v1/papers/lookup", handler: lookup.GET, path: "/api/v1/papers/lookup", keys: ["input"] },
  { name: "GET /schedule/changes.atom", handler: changesFeed.GET, path: "/schedule/changes.atom", keys: ["series"] },
];

/** Reads addressed by a path id (no body, no query): a malformed or unknown id is a 404 JSON error. */
type PathRead = { name: string; handler: Handler; path: string; id: (ids: Ids) => string; param?: string };
const PATH_READS: PathRead[] = [
  {
    name: "GET /organize/sessions/{id}/attendees.csv",
    handler: attendeesCsv.GET,
    path: "/organize/sessions/x/attendees.csv",
    id: (i) => i.session,
  },
  { name: "GET /sessions/{id}/calendar.ics", handler: sessionIcs.GET, path: "/sessions/x/calendar.ics", id: (i) => i.publishedSession },
  { name: "GET /calendar/{series}.ics", handler: seriesIcs.GET, path: "/calendar/x.ics", id: () => "test-of-time.ics", param: "file" },
  { name: "GET /calendar/tracks/{slug}.ics", handler: trackIcs.GET, path: "/calendar/tracks/x.ics", id: (i) => `${i.track}.ics`, param: "file" },
  { name: "GET /schedule/{series}.json", handler: scheduleJson.GET, path: "/schedule/x.json", id: () => "test-of-time.json", param: "file" },
  { name: "GET /calendar/u/{token}.ics", handler: personalIcs.GET, path: "/calendar/u/x.ics", id: (i) => `${i.calendarToken}.ics`, param: "file" },
  {
    name: "GET /api/v1/unsubscribe/{token}",
    handler: unsubscribeRoute.GET,
    path: "/api/v1/unsubscribe/x",
    id: (i) => i.unsubscribeToken,
    param: "token",
  },
];

/**
 * Mutations whose path token is the only permission (the List-Unsubscribe one-click, RFC 8058):
 * any origin, content type and body are accepted, as a mail provider sends them, so the token
 * is what must hold. Valid tokens are tested in tests/integration/unsubscribe.test.ts.
 */
type TokenRoute = { name: string; handler: Handler; path: (token: string) => string };
const TOKEN_ROUTES: TokenRoute[] = [
  { name: "POST /api/v1/unsubscribe/{token}", handler: unsubscribeRoute.POST, path: (t) => `/api/v1/unsubscribe/${encodeURIComponent(t)}` },
];

type FormAction = (prev: null, form: FormData) => Promise<{ ok: boolean; error?: string; code?: string; fields?: Record<string, string> }>;
/** `lists`: fields that take several values (a repeated field is a list there, not an attack). */
type ActionCase = { name: string; action: FormAction; fields: (ids: Ids) => Record<string, string>; lists?: string[] };
const ACTIONS: ActionCase[] = [
  {
    name: "updateProfileAction",
    action: meActions.updateProfileAction,
    fields: () => ({ name: "New", affiliation: "Lab", links: "https://example.com", timeZone: "Europe/Paris", notifyDayBefore: "on" }),
  },
  { name: "deleteAccountAction", action: meActions.deleteAccountAction, fields: () => ({ confirm: "DELETE" }) },
  { name: "regenerateCalendarAction", action: meActions.regenerateCalendarAction, fields: () => ({}) },
  { name: "changeRoleAction", action: peopleActions.changeRoleAction, fields: (i) => ({ userId: i.user, role: "ADMIN" }) },
  {
    name: "suggestPaperAction",
    action: paperActions.suggestPaperAction,
    fields: () => ({
      url: "https://example.com/edge-paper",
      reason: "Why",
      track: "agents",
      title: "Edge paper",
      authors: "A. Author",
      confirmNotDuplicate: "on",
    }),
    lists: ["authors"],
  },
  { name: "suggestTopicAction", action: paperActions.suggestTopicAction, fields: () => ({ title: "Edge topic", reason: "Why", track: "agents" }) },
  {
    name: "triageAction (accept)",
    action: triageActions.triageAction,
    fields: (i) => ({ decision: "accept", suggestionId: i.suggestion, track: "agents" }),
  },
  {
    name: "triageAction (decline)",
    action: triageActions.triageAction,
    fields: (i) => ({ decision: "decline", suggestionId: i.suggestion, reason: "Not this season" }),
  },
  {
    name: "importReadingListAction",
    action: triageActions.importReadingListAction,
    fields: () => ({ track: "agents", text: "https://arxiv.org/abs/2210.03629" }),
  },
  { name: "claimSlotAction", action: speakActions.claimSlotAction, fields: (i) => ({ slotId: i.openSlot, coPresenter: "Ada", note: "Happy to" }) },
  {
    name: "decideClaimAction (decline)",
    action: speakActions.decideClaimAction,
    fields: (i) => ({ decision: "decline", claimId: i.pendingClaim, reason: "Not this time" }),
  },
  { name: "withdrawClaimAction", action: speakActions.withdrawClaimAction, fields: (i) => ({ slotId: i.claimSlot }) },
  { name: "addSlidesAction", action: speakActions.addSlidesAction, fields: (i) => ({ slotId: i.openSlot, slidesUrl: "https://example.com/slides" }) },
  { name: "assignSpeakerAction", action: speakActions.assignSpeakerAction, fields: (i) => ({ slotId: i.openSlot, email: "member@example.com" }) },
  {
    name: "inviteAuthorAction",
    action: speakActions.inviteAuthorAction,
    fields: (i) => ({ slotId: i.openSlot, name: "An Author", email: "author@example.org", affiliation: "Uni", link: "https://example.org" }),
  },
  { name: "acceptInvitationAction", action: speakActions.acceptInvitationAction, fields: () => ({ token: "edge-invitation-token-0123456789" }) },
  {
    name: "changeSubscriptionAction",
    action: unsubscribeActions.changeSubscriptionAction,
    fields: (i) => ({ token: i.unsubscribeToken, emails: "off" }),
  },
  { name: "confirmTalkAction", action: speakActions.confirmTalkAction, fields: (i) => ({ slotId: i.claimSlot }) },
  { name: "rsvpAction", action: rsvpActions.rsvpAction, fields: (i) => ({ sessionId: i.session, mode: "remote" }) },
  { name: "cancelRsvpAction", action: rsvpActions.cancelRsvpAction, fields: (i) => ({ sessionId: i.session }) },
  { name: "triageAction (weekly)", action: triageActions.triageAction, fields: (i) => ({ decision: "weekly", suggestionId: i.suggestion }) },
  {
    name: "createSessionAction",
    action: organizeActions.createSessionAction,
    fields: () => ({ series: "test-of-time", date: "2031-03-05", startTime: "18:00", durationMinutes: "90", title: "Edge", isRemote: "on" }),
  },
  {
    name: "updateSessionAction",
    action: organizeActions.updateSessionAction,
    fields: (i) => ({ sessionId: i.session, date: "2031-03-05", startTime: "18:00", durationMinutes: "90", title: "Edge", isRemote: "on" }),
  },
  { name: "cancelSessionAction", action: organizeActions.cancelSessionAction, fields: (i) => ({ sessionId: i.session, reason: "Edge reason" }) },
  { name: "restoreSessionAction", action: organizeActions.restoreSessionAction, fields: (i) => ({ sessionId: i.session }) },
  {
    name: "removeSessionAction",
    action: organizeActions.removeSessionAction,
    fields: (i) => ({ sessionId: i.session, series: "test-of-time", confirm: "on" }),
  },
  {
    name: "addReadingAction",
    action: organizeActions.addReadingAction,
    fields: (i) => ({ sessionId: i.session, reference: "https://example.com/edge-post", title: "Edge post", authors: "A. Author" }),
  },
  {
    name: "addSuggestionReadingAction",
    action: organizeActions.addSuggestionReadingAction,
    fields: (i) => ({ sessionId: i.session, suggestionId: i.suggestion }),
  },
  { name: "removeReadingAction", action: organizeActions.removeReadingAction, fields: (i) => ({ slotId: i.reading }) },
  { name: "moveReadingAction", action: organizeActions.moveReadingAction, fields: (i) => ({ slotId: i.reading, direction: "down" }) },
  { name: "publishAction", action: organizeActions.publishAction, fields: () => ({ series: "test-of-time", note: "Edge" }) },
  {
    name: "updateSeriesAction",
    action: seriesActions.updateSeriesAction,
    fields: () => ({
      series: "test-of-time",
      name: "Edge",
      timeZone: "Europe/Paris",
      defaultWeekday: "2",
      defaultStartTime: "19:00",
      defaultDurationMinutes: "60",
    }),
  },
  {
    name: "createSeasonAction",
    action: seriesActions.createSeasonAction,
    fields: () => ({ series: "test-of-time", slug: "edge-season", ...EDGE_SEASON }),
  },
  { name: "updateSeasonAction", action: seriesActions.updateSeasonAction, fields: (i) => ({ seasonId: i.season, ...EDGE_SEASON }) },
  {
    name: "createTrackAction",
    action: seriesActions.createTrackAction,
    fields: (i) => ({ seasonId: i.season, slug: "edge-track", name: "Edge", description: "Edge", plannedWeeks: "2" }),
  },
  {
    name: "updateTrackAction",
    action: seriesActions.updateTrackAction,
    fields: () => ({ track: "agents", name: "Edge", description: "Edge", plannedWeeks: "2" }),
  },
  { name: "deleteTrackAction", action: seriesActions.deleteTrackAction, fields: () => ({ track: "agents" }) },
  { name: "moveTrackAction", action: seriesActions.moveTrackAction, fields: () => ({ track: "agents", direction: "up" }) },
  { name: "applyPlanAction", action: seriesActions.applyPlanAction, fields: (i) => ({ seasonId: i.season }) },
  {
    name: "addAttendeeAction",
    action: attendeeActions.addAttendeeAction,
    fields: (i) => ({ sessionId: i.session, email: "edge@example.com", mode: "remote" }),
  },
  { name: "removeAttendeeAction", action: attendeeActions.removeAttendeeAction, fields: (i) => ({ sessionId: i.session, userId: i.user }) },
  { name: "checkInAction", action: attendeeActions.checkInAction, fields: (i) => ({ sessionId: i.session, userId: i.user }) },
  { name: "undoCheckInAction", action: attendeeActions.undoCheckInAction, fields: (i) => ({ sessionId: i.session, userId: i.user }) },
  {
    name: "previewImportAction",
    action: importActions.previewImportAction,
    fields: () => ({ series: "test-of-time", csv: "date,title\n2031-04-02,Edge" }),
  },
  {
    name: "applyImportAction",
    action: importActions.applyImportAction,
    fields: () => ({ series: "test-of-time", csv: "date,title\n2031-04-02,Edge" }),
  },
];

const EDGE_SEASON = {
  name: "Edge season",
  firstDate: "2032-07-01",
  lastDate: "2032-12-31",
  weekday: "3",
  startTime: "18:00",
  durationMinutes: "90",
  timeZone: "Europe/Paris",
  skipDates: "2032-07-14",
};

function describeValue(value: unknown): string {
  if (value instanceof File) return "a file";
  return JSON.stringify(value) ?? String(value);
}

async function expectJsonError(response: Response, label: string) {
  expect(response.status, label).toBeGreaterThanOrEqual(400);
  expect(response.status, label).toBeLessThan(500);
  const body = await response.json();
  expect(typeof body.error?.code, label).toBe("string");
  expect(body.error.message, label).toMatch(/\w{3}/);
  return body.error as { code: string; fields?: Record<string, string> };
}

describe("the request edge", () => {
  const database = useTestDatabase({ seeded: true });

  async function setUp(): Promise<Ids> {
    const { db } = database.current;
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    cookieJar.value = await sessionCookieFor(admin.id);
    const member = await db.user.findUniqueOrThrow({ where: { email: "member@example.com" } });
    const suggestion = await db.suggestion.findFirstOrThrow({ where: { status: "OPEN" } });
    const upcoming = { status: "PUBLISHED" as const, startsAt: { gt: new Date() } };
    const openSlot = await db.slot.findFirstOrThrow({ where: { session: upcoming, claims: { none: { status: { in: ["PENDING", "APPROVED"] } } } } });
    const pending = await db.speakerClaim.findFirstOrThrow({ where: { status: "PENDING", slot: { session: upcoming } } });
    const session = await db.session.findFirstOrThrow({
      where: { series: { slug: "test-of-time" }, slots: { some: {} } },
      include: { slots: { orderBy: { position: "asc" } } },
    });
    const season = await db.season.findFirstOrThrow();
    return {
      user: member.id,
      suggestion: suggestion.id,
      openSlot: openSlot.id,
      pendingClaim: pending.id,
      claimSlot: pending.slotId,
      session: session.id,
      reading: session.slots[0].id,
      season: season.id,
      rsvpSession: await rsvpSession(db, { seats: 10 }),
      publishedSession: (await db.session.findFirstOrThrow({ where: { status: "PUBLISHED", series: { slug: "test-of-time" } } })).id,
      track: (await db.track.findFirstOrThrow({ where: { sessions: { some: { status: "PUBLISHED" } } } })).slug,
      calendarToken: (
        await db.user.update({
          where: { id: member.id },
          data: { calendarToken: "edge-calendar-token-0123456789abcdef" },
          select: { calendarToken: true },
        })
      ).calendarToken!,
      unsubscribeToken: unsubscribeToken(member.id, "day-before"),
    };
  }

  it("answers hostile values in every field of every API mutation with a 4xx JSON error, changing nothing", async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const route of ROUTES) {
      const base = route.body?.(ids) ?? {};
      const context = routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "" });
      for (const field of Object.keys(base)) {
        const hostile = (Array.isArray(base[field]) ? HOSTILE_LIST : HOSTILE_JSON).filter(
          (v) => !(typeof v === "number" && route.numbers?.includes(field)),
        );
        for (const value of hostile) {
          const label = `${route.name} ${field}=${describeValue(value)}`;
          const error = await expectJsonError(
            await route.handler(apiRequest(route.path, { method: route.method, body: { ...base, [field]: value } }), context),
            label,
          );
          if (error.code === "validation")
            expect(
              Object.keys(error.fields ?? {}).some((k) => k === field || k.startsWith(`${field}.`)),
              label,
            ).toBe(true);
        }
      }
      if (route.id) {
        for (const value of ["a\u0000b", "not-an-id", "00000000-0000-0000-0000-000000000000"]) {
          const label = `${route.name} id=${describeValue(value)}`;
          const error = await expectJsonError(
            await route.handler(
              apiRequest(route.path, { method: route.method, body: base }),
              routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: value }),
            ),
            label,
          );
          expect(error.code, label).toBe("not_found");
        }
      }
      for (const value of ["[1,2]", '"text"', "null", "{not json"]) {
        await expectJsonError(
          await route.handler(apiRequest(route.path, { method: route.method, rawBody: value }), context),
          `${route.name} body ${value}`,
        );
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("refuses wrong content types (415) and cross-site requests (403) on every API mutation, changing nothing", async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const route of ROUTES) {
      const body = route.body?.(ids) ?? {};
      const context = routeParams({ ...route.otherParams?.(ids), [route.param ?? "id"]: route.id?.(ids) ?? "" });
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const response = await route.handler(apiRequest(route.path, { method: route.method, body, headers: { "content-type": type } }), context);
        expect(response.status, `${route.name} ${type}`).toBe(415);
        expect((await response.json()).error.code).toBe("unsupported_media_type");
      }
      const noType = apiRequest(route.path, { method: route.method, body });
      noType.headers.delete("content-type");
      expect((await route.handler(noType, context)).status, `${route.name} without a content type`).toBe(415);
      const hostile: Record<string, string>[] = [
        { origin: "https://evil.example" },
        { origin: "null" },
        { origin: `${ORIGIN}.evil.example` },
        { origin: "", "sec-fetch-site": "cross-site" },
      ];
      for (const headers of hostile) {
        const request = apiRequest(route.path, { method: route.method, body, headers });
        if (headers.origin === "") request.headers.delete("origin");
        const response = await route.handler(request, context);
        expect(response.status, `${route.name} ${JSON.stringify(headers)}`).toBe(403);
        expect((await response.json()).error.code).toBe("forbidden");
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("answers a malformed, forged or unknown token on every token-authorized mutation with a 404 JSON error, whatever the request, changing nothing", async () => {
    const ids = await setUp();
    const [userId, kind, sig] = ids.unsubscribeToken.split(".");
    const tokens = [
      "a\u0000b",
      "not-a-token",
      "x".repeat(5000),
      `${ids.unsubscribeToken}x`,
      `${userId}.schedule-changes.${sig}`,
      `${ids.user.replace(/^./, (c) => (c === "0" ? "1" : "0"))}.${kind}.${sig}`,
      unsubscribeToken("00000000-0000-4000-8000-000000000000", "day-before"),
    ];
    const requests: { label: string; headers: Record<string, string>; rawBody?: string }[] = [
      {
        label: "one-click form",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://mail.example" },
        rawBody: "List-Unsubscribe=One-Click",
      },
      { label: "same-origin JSON", headers: {}, rawBody: "{}" },
      { label: "junk body", headers: { "content-type": "text/plain" }, rawBody: "{not json" },
      { label: "cross-site", headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, rawBody: "[1,2]" },
    ];
    const before = await databaseFingerprint(database.current.url);
    for (const route of TOKEN_ROUTES) {
      for (const token of tokens) {
        for (const r of requests) {
          const label = `${route.name} token=${describeValue(token).slice(0, 60)} ${r.label}`;
          const request = apiRequest(route.path(token), { method: "POST", headers: r.headers, rawBody: r.rawBody });
          const error = await expectJsonError(await route.handler(request, routeParams({ token })), label);
          expect(error.code, label).toBe("not_found");
        }
      }
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("answers hostile query values on every API read with a 4xx JSON error", async () => {
    await setUp();
    for (const query of QUERIES) {
      for (const key of query.keys) {
        for (const value of HOSTILE_QUERY) {
          const params = new URLSearchParams();
          for (const v of [value].flat()) params.append(key, v);
          const response = await query.handler(apiRequest(`${query.path}?${params}`), routeParams({}));
          const error = await expectJsonError(response, `${query.name} ${key}=${describeValue(value)}`);
          expect(error.fields?.[key], `${query.name} ${key}`).toBeTruthy();
        }
      }
    }
  });

  it("answers a malformed or unknown path id on every read by id with a 404 JSON error", async () => {
    const ids = await setUp();
    for (const read of PATH_READS) {
      const ok = await read.handler(apiRequest(read.path), routeParams({ [read.param ?? "id"]: read.id(ids) }));
      expect(ok.status, `${read.name} with a real id`).toBe(200);
      for (const value of ["a\u0000b", "not-an-id", "00000000-0000-0000-0000-000000000000"]) {
        const label = `${read.name} id=${describeValue(value)}`;
        const error = await expectJsonError(await read.handler(apiRequest(read.path), routeParams({ [read.param ?? "id"]: value })), label);
        expect(error.code, label).toBe("not_found");
      }
    }
  });

  it("answers hostile values in every field of every server action with a message, keeping the input, changing nothing", async () => {
    const ids = await setUp();
    const before = await databaseFingerprint(database.current.url);
    for (const { name, action, fields, lists = [] } of ACTIONS) {
      const base = fields(ids);
      for (const field of Object.keys(base)) {
        for (const value of HOSTILE_FORM.filter((v) => !(Array.isArray(v) && lists.includes(field)))) {
          const form = new FormData();
          for (const [k, v] of Object.entries(base)) if (k !== field) form.set(k, v);
          for (const v of [value].flat()) form.append(field, v);
          const label = `${name} ${field}=${describeValue(value)}`;
          const result = await action(null, form);
          expect(result.ok, label).toBe(false);
          expect(["validation", "not_found"], label).toContain(result.code);
          expect(result.error, label).toMatch(/\w{3}/);
        }
      }
    }
    for (const [suggestionId, choice] of [
      [["x"], true],
      [{}, true],
      [42, true],
      [null, true],
      ["a\u0000b", true],
      [ids.suggestion, "yes"],
      [ids.suggestion, null],
    ] as const) {
      const result = await paperActions.voteAction(suggestionId, choice);
      expect(result.ok, `voteAction(${describeValue(suggestionId)}, ${describeValue(choice)})`).toBe(false);
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });
});
