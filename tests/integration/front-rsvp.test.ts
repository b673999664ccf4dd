// The front answers a member's own RSVP itself (decision 029), through the real front on a real
// database: the same answers as the app's route for every refusal (compared request by request
// with the route handler), the same RSVPs and notices when it succeeds, read-your-writes on the
// person's next view, the RSVP limit — and a request it cannot answer (its database pool
// unreachable) reaches the app with its body intact.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cookieJar, COOKIE_NAME, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { startFrontUnderTest, type FrontUnderTest } from "../support/front-under-test.ts";
import { apiRequest, ORIGIN, routeParams } from "../support/requests.ts";
import { people, rsvpSession } from "../support/rsvp-fixtures.ts";
import { findFreePort } from "../../lib/db/embedded-postgres.ts";
import { RSVP_NOTICE_QUEUE } from "../../lib/rsvps/rsvp-notice.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
const route = await import("../../app/api/v1/sessions/[id]/rsvp/route.ts");

type Case = {
  name: string;
  method: "POST" | "DELETE";
  id: string;
  signedIn?: boolean;
  /** Extra headers, given the origin the target calls its own. */
  headers?: (origin: string) => Record<string, string>;
  body?: string;
};

describe("RSVPs answered by the front", () => {
  const database = useTestDatabase({ seeded: false });
  const reached: string[] = [];
  let running: FrontUnderTest | undefined;
  let base = "";

  // The app behind the front says what reached it, with the body it got.
  async function startFrontOn(databaseUrl: string) {
    running = await startFrontUnderTest(databaseUrl, (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        reached.push(`${req.method} ${req.url} ${Buffer.concat(chunks).toString()}`);
        res.writeHead(202, { "content-type": "application/json" }).end(JSON.stringify({ app: true }));
      });
    });
    base = running.base;
  }

  beforeEach(() => void (reached.length = 0));
  afterEach(async () => {
    await running?.stop();
    running = undefined;
    cookieJar.value = undefined;
  });

  /** Someone signed in, and a session with seats to answer. */
  async function signedInWithASession(label: string) {
    const db = database.current.db;
    const [me] = await people(db, 1, label);
    return { me, cookie: await sessionCookieFor(me.id), sessionId: await rsvpSession(db, { seats: 5 }) };
  }

  async function viaFront(c: Case, cookie?: string) {
    const answer = await fetch(`${base}/api/v1/sessions/${c.id}/rsvp`, {
      method: c.method,
      headers: {
        origin: base,
        "content-type": "application/json",
        ...(cookie ? { cookie: `${COOKIE_NAME}=${cookie}` } : {}),
        ...c.headers?.(base),
      },
      body: c.body,
    });
    return {
      status: answer.status,
      body: await answer.json(),
      retryAfter: answer.headers.get("retry-after"),
      cache: answer.headers.get("cache-control"),
    };
  }
  async function viaRoute(c: Case, cookie?: string) {
    cookieJar.value = cookie;
    const request = apiRequest(`/api/v1/sessions/${c.id}/rsvp`, { method: c.method, rawBody: c.body, headers: c.headers?.(ORIGIN) });
    const answer = await route[c.method](request, routeParams({ id: c.id }));
    return { status: answer.status, body: await answer.json() };
  }

  it("refuses what the app's route refuses, with the same status and JSON error, and passes none of it on", async () => {
    const db = database.current.db;
    await startFrontOn(database.current.url);
    const { cookie, sessionId: open } = await signedInWithASession("refused");
    const started = await rsvpSession(db, { startsInDays: -1 });
    const draft = await rsvpSession(db);
    await db.session.update({ where: { id: draft }, data: { status: "DRAFT" } });
    const inPerson = JSON.stringify({ mode: "in_person" });
    const cases: Case[] = [
      { name: "not signed in", method: "POST", id: open, body: inPerson, signedIn: false },
      { name: "another site's page", method: "POST", id: open, body: inPerson, headers: () => ({ origin: "https://evil.example" }) },
      {
        name: "not JSON",
        method: "POST",
        id: open,
        body: "mode=in_person",
        headers: () => ({ "content-type": "application/x-www-form-urlencoded" }),
      },
      { name: "malformed JSON", method: "POST", id: open, body: "{mode:" },
      { name: "a list", method: "POST", id: open, body: "[]" },
      { name: "an unknown mode", method: "POST", id: open, body: JSON.stringify({ mode: "teleport" }) },
      { name: "no mode", method: "POST", id: open, body: "{}" },
      { name: "too large", method: "POST", id: open, body: JSON.stringify({ mode: "in_person", pad: "x".repeat(300_000) }) },
      { name: "a malformed id", method: "POST", id: "not-a-session", body: inPerson },
      { name: "no such session", method: "POST", id: "00000000-0000-4000-8000-000000000000", body: inPerson },
      { name: "a draft", method: "POST", id: draft, body: inPerson },
      { name: "a session that started", method: "POST", id: started, body: inPerson },
      { name: "a cancellation with a body", method: "DELETE", id: open, body: JSON.stringify({ x: 1 }) },
      { name: "a cancellation without an RSVP", method: "DELETE", id: open },
    ];
    for (const c of cases) {
      const who = c.signedIn === false ? undefined : cookie;
      const front = await viaFront(c, who);
      const app = await viaRoute(c, who);
      expect(front.status, c.name).toBeGreaterThanOrEqual(400);
      expect({ status: front.status, body: front.body }, c.name).toEqual(app);
      expect(front.cache, c.name).toBe("private, no-store");
    }
    expect(reached).toEqual([]);
    expect(await db.rsvp.count()).toBe(0);
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM rate_limit_hits`);
    expect(n).toBe(0);
  });

  it("answers, queues the notices and moves the line as the app does; the person's next view shows it", async () => {
    const db = database.current.db;
    await startFrontOn(database.current.url);
    const [ada, bob] = await people(db, 2, "front");
    const [adaCookie, bobCookie] = [await sessionCookieFor(ada.id), await sessionCookieFor(bob.id)];
    const sessionId = await rsvpSession(db, { seats: 1 });
    const post: Case = { name: "in person", method: "POST", id: sessionId, body: JSON.stringify({ mode: "in_person" }) };
    expect(await viaFront(post, adaCookie)).toMatchObject({ status: 200, body: { status: "confirmed", mode: "in_person" } });
    expect(await viaFront(post, bobCookie)).toMatchObject({ status: 200, body: { status: "waitlisted", mode: "in_person", position: 1 } });
    // Bob's next view, through the front, is read after his answer.
    const view = await fetch(`${base}/api/v1/me/view`, { headers: { cookie: `${COOKIE_NAME}=${bobCookie}` } }).then((r) => r.json());
    expect(view.view.rsvps[sessionId]).toMatchObject({ status: "waitlisted", position: 1 });
    expect(await viaFront({ name: "cancel", method: "DELETE", id: sessionId }, adaCookie)).toMatchObject({ status: 200, body: { cancelled: true } });
    const rows = await db.rsvp.findMany({ where: { sessionId }, select: { userId: true, status: true }, orderBy: { createdAt: "asc" } });
    expect(rows).toEqual([
      { userId: ada.id, status: "CANCELLED" },
      { userId: bob.id, status: "CONFIRMED" },
    ]);
    const notices = await db.$queryRawUnsafe<{ data: { userId: string; promoted: string[]; site: string } }[]>(
      `SELECT data FROM pgboss.job WHERE name = $1 AND data->>'sessionId' = $2 ORDER BY created_on`,
      RSVP_NOTICE_QUEUE,
      sessionId,
    );
    expect(notices.map((n) => [n.data.userId, n.data.promoted])).toEqual([
      [ada.id, []],
      [bob.id, []],
      [ada.id, [bob.id]],
    ]);
    // The links in the emails point where the person was (no APP_URL here: the Host they used).
    expect(notices[0].data.site).toBe(base);
    expect(reached).toEqual([]);
  });

  it("says when the RSVP limit is reached, with Retry-After", async () => {
    await startFrontOn(database.current.url);
    const { cookie, sessionId } = await signedInWithASession("limited");
    const modes = ["in_person", "remote"];
    for (let i = 0; i < 30; i++) {
      const answer = await viaFront({ name: "answer", method: "POST", id: sessionId, body: JSON.stringify({ mode: modes[i % 2] }) }, cookie);
      expect(answer.status).toBe(200);
    }
    const refused = await viaFront({ name: "one too many", method: "POST", id: sessionId, body: JSON.stringify({ mode: "in_person" }) }, cookie);
    expect(refused).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
  });

  it("hands a request it cannot answer to the app, body and all", async () => {
    await startFrontOn(`postgresql://postgres@127.0.0.1:${await findFreePort()}/nothing`);
    const { cookie, sessionId } = await signedInWithASession("handed");
    const body = JSON.stringify({ mode: "remote" });
    const answer = await viaFront({ name: "handed over", method: "POST", id: sessionId, body }, cookie);
    expect(answer).toMatchObject({ status: 202, body: { app: true } });
    expect(reached).toEqual([`POST /api/v1/sessions/${sessionId}/rsvp ${body}`]);
  });
});
