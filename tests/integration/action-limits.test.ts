// Per-person limits on votes, claims and RSVPs (lib/rate-limit/action-limits.ts), through the
// real route handlers and server actions: past the limit the API answers 429 with Retry-After
// and the action a sentence; the refused call writes nothing (not even a counted attempt);
// someone else is not held back; and the count is shared by separate database clients, as by
// separate app instances. The window is filled through a second Prisma client, stamped so that
// the oldest attempt leaves it in five minutes: Retry-After is known, and no test makes
// hundreds of calls.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SignedInActor } from "../../lib/auth/actor.ts";
import { createPrismaClient, type Db } from "../../lib/db/client.ts";
import { JOBS } from "../../lib/jobs/start-jobs.ts";
import { ACTION_LIMITS } from "../../lib/rate-limit/action-limits.ts";
import { LONGEST_WINDOW_MS } from "../../lib/rate-limit/prune-hits.ts";
import { consumeLimit, type Limit } from "../../lib/rate-limit/sliding-window.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { apiRequest, routeParams } from "../support/requests.ts";
import { people, rsvpSession } from "../support/rsvp-fixtures.ts";
import { appNow } from "../../lib/time/clock.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const { POST: vote, DELETE: unvote } = await import("../../app/api/v1/suggestions/[id]/vote/route.ts");
const { voteAction } = await import("../../app/(public)/papers/actions.ts");
const { POST: claim, DELETE: unclaim } = await import("../../app/api/v1/slots/[id]/claim/route.ts");
const { claimSlotAction } = await import("../../app/(public)/speak/actions.ts");
const { POST: rsvp, DELETE: unrsvp } = await import("../../app/api/v1/sessions/[id]/rsvp/route.ts");
const { rsvpAction } = await import("../../app/(public)/sessions/rsvp-actions.ts");

const FIVE_MINUTES = 5 * 60_000;
const REFUSED = "You're doing that too often — try again in 5 minutes.";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const call = (method: string, path: string, body: unknown = {}) => apiRequest(path, { method, body });

describe("limits on votes, claims and RSVPs", () => {
  const database = useTestDatabase();
  /** Another client of the same database: another app instance, as far as the limits know. */
  let instance: Db;
  beforeEach(() => {
    instance = createPrismaClient(database.current.url);
  });
  afterEach(async () => {
    await instance.$disconnect();
  });

  async function signIn(person: SignedInActor) {
    cookieJar.value = await sessionCookieFor(person.id);
  }

  /** `count` attempts of `person`, counted by the other instance, leaving the window in five minutes. */
  async function countElsewhere(limit: Limit, person: SignedInActor, count: number) {
    const at = new Date(appNow().getTime() - limit.windowMs + FIVE_MINUTES);
    for (let i = 0; i < count; i++) await consumeLimit(instance, limit, person.id, at);
  }

  /** The answer of a refused API call, proving it wrote nothing at all. */
  async function refusedByApi(send: () => Promise<Response>) {
    const before = await databaseFingerprint(database.current.url);
    const response = await send();
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(240);
    expect(retryAfter).toBeLessThanOrEqual(300);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "rate_limited", message: REFUSED });
  }

  /** The result of a refused server action, proving it wrote nothing at all. */
  async function refusedByAction(send: () => Promise<unknown>) {
    const before = await databaseFingerprint(database.current.url);
    expect(await send()).toMatchObject({ ok: false, code: "rate_limited", error: REFUSED });
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  }

  it(`votes: ${ACTION_LIMITS.vote.max} in 10 minutes per person, shared by instances`, async () => {
    const db = database.current.db;
    const [me, other] = await people(db, 2, "voter");
    const [a, b] = await Promise.all(["First", "Second"].map((title) => db.suggestion.create({ data: { kind: "TOPIC", title } })));
    const path = (id: string) => `/api/v1/suggestions/${id}/vote`;
    await signIn(me);
    // A failed attempt counts nothing: an unknown suggestion, then the last vote allowed.
    expect((await vote(call("POST", path(crypto.randomUUID())), routeParams({ id: crypto.randomUUID() }))).status).toBe(404);
    await countElsewhere(ACTION_LIMITS.vote, me, ACTION_LIMITS.vote.max - 1);
    expect((await vote(call("POST", path(a.id)), routeParams({ id: a.id }))).status).toBe(200);

    await refusedByApi(() => vote(call("POST", path(b.id)), routeParams({ id: b.id })));
    await refusedByApi(() => unvote(call("DELETE", path(a.id)), routeParams({ id: a.id })));
    await refusedByAction(() => voteAction(b.id, true));
    expect(await db.vote.count({ where: { userId: me.id } })).toBe(1);

    await signIn(other);
    expect(await voteAction(b.id, true)).toMatchObject({ ok: true, data: { voteCount: 1, hasVoted: true } });
  });

  it(`claims: ${ACTION_LIMITS.claim.max} an hour per person, shared by instances`, async () => {
    const db = database.current.db;
    const [me, other] = await people(db, 2, "volunteer");
    const sessionId = await rsvpSession(db);
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(async (n) => {
        const paper = await db.paper.create({
          data: { canonicalId: `url:https://example.com/${n}`, source: "URL", url: `https://example.com/${n}`, title: `Paper ${n}` },
        });
        return (await db.slot.create({ data: { sessionId, paperId: paper.id, position: n } })).id;
      }),
    );
    const path = (id: string) => `/api/v1/slots/${id}/claim`;
    await signIn(me);
    await countElsewhere(ACTION_LIMITS.claim, me, ACTION_LIMITS.claim.max - 1);
    expect((await claim(call("POST", path(first)), routeParams({ id: first }))).status).toBe(201);

    await refusedByApi(() => claim(call("POST", path(second)), routeParams({ id: second })));
    await refusedByApi(() => unclaim(call("DELETE", path(first)), routeParams({ id: first })));
    await refusedByAction(() => claimSlotAction(null, form({ slotId: second })));
    expect(await db.speakerClaim.findMany({ where: { userId: me.id }, select: { slotId: true } })).toEqual([{ slotId: first }]);

    await signIn(other);
    expect((await claimSlotAction(null, form({ slotId: third }))).ok).toBe(true);
  });

  it(`RSVPs: ${ACTION_LIMITS.rsvp.max} answers and cancellations in 10 minutes per person, shared by instances`, async () => {
    const db = database.current.db;
    const [me, other] = await people(db, 2, "attendee");
    const sessionId = await rsvpSession(db, { seats: 10 });
    const path = `/api/v1/sessions/${sessionId}/rsvp`;
    const params = routeParams({ id: sessionId });
    await signIn(me);
    await countElsewhere(ACTION_LIMITS.rsvp, me, ACTION_LIMITS.rsvp.max - 1);
    expect(await (await rsvp(call("POST", path, { mode: "in_person" }), params)).json()).toMatchObject({ status: "confirmed" });

    await refusedByApi(() => rsvp(call("POST", path, { mode: "remote" }), params));
    await refusedByApi(() => unrsvp(call("DELETE", path), params));
    await refusedByAction(() => rsvpAction(null, form({ sessionId, mode: "remote" })));
    expect(await db.rsvp.findMany({ where: { sessionId }, select: { userId: true, mode: true, status: true } })).toEqual([
      { userId: me.id, mode: "IN_PERSON", status: "CONFIRMED" },
    ]);

    await signIn(other);
    expect(await rsvpAction(null, form({ sessionId, mode: "in_person" }))).toMatchObject({ ok: true, message: "You're going in person." });
  });

  it("the hourly job deletes counted attempts older than every window, and keeps the rest", async () => {
    const db = database.current.db;
    const now = appNow();
    const old = new Date(now.getTime() - LONGEST_WINDOW_MS - 1000);
    const recent = new Date(now.getTime() - 60_000);
    await db.rateLimitHit.createMany({
      data: [
        { bucket: "vote", key: "gone", createdAt: old },
        { bucket: "signin-email:client", key: "gone", createdAt: old },
        { bucket: "vote", key: "kept", createdAt: recent },
      ],
    });
    await JOBS.pruneRateLimitHits.run(now);
    expect(await db.rateLimitHit.findMany({ select: { key: true } })).toEqual([{ key: "kept" }]);
    expect(LONGEST_WINDOW_MS).toBe(60 * 60_000);
  });
});
