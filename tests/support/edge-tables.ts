// The request edge's tables, shared by the hand-written hostile-input tests
// (tests/integration/request-edge.test.ts) and the property-based fuzz
// (tests/integration/request-fuzz.test.ts): every API route with a valid body and ids, every
// read with its query keys or path id, every form action with valid fields. A route or action
// that is missing here fails the fuzz's discovery test. Each test file mocks next/headers and
// next/cache before importing this module.
import type { NextRequest } from "next/server";
import type { Db } from "../../lib/db/client.ts";
import { rsvpSession } from "./rsvp-fixtures.ts";
import type { routeParams } from "./requests.ts";
import { appNow } from "../../lib/time/clock.ts";
import { openSlots } from "./slot-fixtures.ts";

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
const trackLead = await import("../../app/api/v1/tracks/[slug]/leads/[userId]/route.ts");
const changesFeed = await import("../../app/(public)/schedule/changes.atom/route.ts");
const attendeesCsv = await import("../../app/organize/sessions/[id]/attendees.csv/route.ts");
const health = await import("../../app/api/health/route.ts");
const myRsvps = await import("../../app/api/v1/me/rsvps/route.ts");
const myView = await import("../../app/api/v1/me/view/route.ts");
const scheduleCsv = await import("../../app/organize/series/[slug]/schedule.csv/route.ts");
const unsubscribeRoute = await import("../../app/api/v1/unsubscribe/[token]/route.ts");
const unsubscribeActions = await import("../../app/unsubscribe/actions.ts");
const { unsubscribeToken } = await import("../../lib/mail/unsubscribe-token.ts");
/** The one action that is not a form action: (suggestionId, choice). */
export const voteAction = paperActions.voteAction;

export type Ids = {
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
export type Handler = (request: NextRequest, context: ReturnType<typeof routeParams>) => Promise<Response>;
export type Route = {
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

export const ROUTES: Route[] = [
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
  ...(["PUT", "DELETE"] as const).map((method) => ({
    name: `${method} /api/v1/tracks/{slug}/leads/{userId}`,
    handler: trackLead[method],
    method,
    path: "/api/v1/tracks/x/leads/y",
    param: "slug" as const,
    id: () => "agents",
    otherParams: (i: Ids) => ({ userId: i.user }),
  })),
];

/**
 * Who may make a read: anyone (or whoever holds the link's token), or only someone signed in
 * (any member, an organizer, an admin). A visitor is refused the others with 401 (or 422 for a
 * bad query, which is read first).
 */
export type ReadAccess = "anyone" | "signed-in";
export type Query = { name: string; handler: Handler; path: string; keys: string[]; access: ReadAccess };
export const QUERIES: Query[] = [
  { name: "GET /api/v1/schedule", handler: schedule.GET, path: "/api/v1/schedule", keys: ["series", "track", "mode", "when"], access: "anyone" },
  { name: "GET /api/v1/slots", handler: slots.GET, path: "/api/v1/slots", keys: ["status", "track", "series"], access: "anyone" },
  {
    name: "GET /api/v1/suggestions",
    handler: suggestions.GET,
    path: "/api/v1/suggestions",
    keys: ["sort", "track", "status", "page"],
    access: "anyone",
  },
  { name: "GET /api/v1/users", handler: users.GET, path: "/api/v1/users", keys: ["q", "page"], access: "signed-in" },
  { name: "GET /api/v1/papers/lookup", handler: lookup.GET, path: "/api/v1/papers/lookup", keys: ["input"], access: "signed-in" },
  { name: "GET /schedule/changes.atom", handler: changesFeed.GET, path: "/schedule/changes.atom", keys: ["series"], access: "anyone" },
  // Reads that take no query: a query string is ignored there (the fuzz sends one anyway).
  { name: "GET /api/v1/me", handler: me.GET, path: "/api/v1/me", keys: [], access: "signed-in" },
  { name: "GET /api/v1/me/rsvps", handler: myRsvps.GET, path: "/api/v1/me/rsvps", keys: [], access: "signed-in" },
  { name: "GET /api/v1/me/view", handler: myView.GET, path: "/api/v1/me/view", keys: [], access: "anyone" },
  { name: "GET /api/health", handler: health.GET, path: "/api/health", keys: [], access: "anyone" },
];

/**
 * Reads addressed by a path id (no body): a malformed or unknown id is a 404 JSON error. The
 * name is the route as discovery spells it ({file} for "x.ics"), then what the id is.
 */
export type PathRead = { name: string; handler: Handler; path: string; id: (ids: Ids) => string; param?: string; access: ReadAccess };
export const PATH_READS: PathRead[] = [
  {
    name: "GET /organize/sessions/{id}/attendees.csv",
    handler: attendeesCsv.GET,
    path: "/organize/sessions/x/attendees.csv",
    id: (i) => i.session,
    access: "signed-in",
  },
  {
    name: "GET /sessions/{id}/calendar.ics",
    handler: sessionIcs.GET,
    path: "/sessions/x/calendar.ics",
    id: (i) => i.publishedSession,
    access: "anyone",
  },
  {
    name: "GET /calendar/{file} (a series' .ics)",
    handler: seriesIcs.GET,
    path: "/calendar/x.ics",
    id: () => "test-of-time.ics",
    param: "file",
    access: "anyone",
  },
  {
    name: "GET /calendar/tracks/{file} (a track's .ics)",
    handler: trackIcs.GET,
    path: "/calendar/tracks/x.ics",
    id: (i) => `${i.track}.ics`,
    param: "file",
    access: "anyone",
  },
  {
    name: "GET /schedule/{file} (a series' .json)",
    handler: scheduleJson.GET,
    path: "/schedule/x.json",
    id: () => "test-of-time.json",
    param: "file",
    access: "anyone",
  },
  {
    name: "GET /calendar/u/{file} (a personal .ics)",
    handler: personalIcs.GET,
    path: "/calendar/u/x.ics",
    id: (i) => `${i.calendarToken}.ics`,
    param: "file",
    access: "anyone",
  },
  {
    name: "GET /api/v1/series/{slug}/publications",
    handler: publications.GET,
    path: "/api/v1/series/x/publications",
    id: () => "test-of-time",
    param: "slug",
    access: "anyone",
  },
  {
    name: "GET /api/v1/sessions/{id}/rsvps",
    handler: attendees.GET,
    path: "/api/v1/sessions/x/rsvps",
    id: (i) => i.rsvpSession,
    access: "signed-in",
  },
  {
    name: "GET /organize/series/{slug}/schedule.csv",
    handler: scheduleCsv.GET,
    path: "/organize/series/x/schedule.csv",
    id: () => "test-of-time",
    param: "slug",
    access: "signed-in",
  },
  {
    name: "GET /api/v1/unsubscribe/{token}",
    handler: unsubscribeRoute.GET,
    path: "/api/v1/unsubscribe/x",
    id: (i) => i.unsubscribeToken,
    param: "token",
    access: "anyone",
  },
];

/**
 * Mutations whose path token is the only permission (the List-Unsubscribe one-click, RFC 8058):
 * any origin, content type and body are accepted, as a mail provider sends them, so the token
 * is what must hold. Valid tokens are tested in tests/integration/unsubscribe.test.ts.
 */
export type TokenRoute = { name: string; handler: Handler; path: (token: string) => string };
export const TOKEN_ROUTES: TokenRoute[] = [
  { name: "POST /api/v1/unsubscribe/{token}", handler: unsubscribeRoute.POST, path: (t) => `/api/v1/unsubscribe/${pathSegment(t)}` },
];

/** A path segment of any text: a lone surrogate (which encodeURIComponent refuses) goes as
 *  U+FFFD, as UTF-8 on the wire has it; the handler still gets the raw text as its param. */
function pathSegment(text: string): string {
  return encodeURIComponent(new TextDecoder().decode(new TextEncoder().encode(text)));
}

export type FormAction = (prev: null, form: FormData) => Promise<{ ok: boolean; error?: string; code?: string; fields?: Record<string, string> }>;
/** `lists`: fields that take several values (a repeated field is a list there, not an attack). */
export type ActionCase = { name: string; action: FormAction; fields: (ids: Ids) => Record<string, string>; lists?: string[] };
export const ACTIONS: ActionCase[] = [
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
/**
 * Entry points the tables leave out, with the reason. NextAuth's own protocol is NextAuth's to
 * keep (its CSRF token, its callbacks); HEAD/OPTIONS are answered by Next itself.
 */
export const NOT_IN_TABLES: Record<string, string> = {
  "GET /api/auth/{...nextauth}": "NextAuth's own protocol",
  "POST /api/auth/{...nextauth}": "NextAuth's own protocol, guarded by its CSRF token",
  "POST /theme": "a plain form's endpoint that answers in text, not JSON; its bad input: tests/integration/theme-route.test.ts",
};

/** The ids the tables need, found in (or added to) a database cloned from the seeded template. */
export async function edgeIds(db: Db): Promise<Ids> {
  const member = await db.user.findUniqueOrThrow({ where: { email: "member@example.com" } });
  const suggestion = await db.suggestion.findFirstOrThrow({ where: { status: "OPEN" } });
  // An open slot and a pending claim of an upcoming session, made whatever day it is (the demo
  // season may be over).
  const [openSlot, claimedSlot] = await openSlots(db, 2);
  const speaker = await db.user.findUniqueOrThrow({ where: { email: "speaker@example.com" } });
  const pending = await db.speakerClaim.create({ data: { slotId: claimedSlot, userId: speaker.id, status: "PENDING", createdAt: appNow() } });
  const session = await db.session.findFirstOrThrow({
    where: { series: { slug: "test-of-time" }, slots: { some: {} } },
    include: { slots: { orderBy: { position: "asc" } } },
  });
  const season = await db.season.findFirstOrThrow();
  return {
    user: member.id,
    suggestion: suggestion.id,
    openSlot,
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
