// The personal layer through the real front (decision 028), on a real database: signed-in people
// get the one shared copy of a public page with their own view written in — never another
// person's — and what they change shows on their next page view. The app behind the front is a
// stand-in that renders the visitor's page with the placeholder, as the root layout does.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor, COOKIE_NAME } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { startFrontUnderTest, type FrontUnderTest } from "../support/front-under-test.ts";
import { people, rsvpSession, SITE } from "../support/rsvp-fixtures.ts";
import { PERSONAL_PLACEHOLDER, PERSONAL_SCRIPT_ID } from "../../lib/personal/personal-script.ts";
import { loadViewRows, type PersonalView } from "../../lib/personal/personal-view.ts";
import type { RunSql } from "../../lib/db/run-sql.ts";
import { appNow } from "../../lib/time/clock.ts";
import { cancelRsvp, rsvpToSession } from "../../lib/rsvps/rsvp.ts";
import { voteForSuggestion } from "../../lib/suggestions/vote.ts";
import { getConsoleSummary } from "../../lib/organize/get-console-summary.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
const { requestPersonalView } = await import("../../lib/personal/request-personal-view.ts");

const DATA_BLOCK = new RegExp(`<script id="${PERSONAL_SCRIPT_ID}" type="application/json"( data-member="")?>(.*?)</script>`);

describe("the personal layer", () => {
  const database = useTestDatabase({ seeded: false });
  const rendered: string[] = [];
  let running: FrontUnderTest;
  let base = "";

  // The app behind the front renders the visitor's page with the placeholder, as the root layout does.
  beforeEach(async () => {
    rendered.length = 0;
    running = await startFrontUnderTest(database.current.url, (req, res) => {
      if (req.method === "POST") return void req.resume().on("end", () => res.writeHead(303, { location: "/schedule" }).end());
      rendered.push(`${req.url} ${req.headers.cookie ? "with a cookie" : "shared"}`);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0" });
      res.end(
        `<html><body>${PERSONAL_PLACEHOLDER}<main>${req.url} for ${req.headers.cookie ? "a signed-in person" : "everyone"}</main></body></html>`,
      );
    });
    base = running.base;
  });
  afterEach(() => running.stop());

  const cookie = (value: string) => `${COOKIE_NAME}=${value}`;

  async function page(path: string, sessionCookie?: string) {
    const answer = await fetch(`${base}${path}`, { headers: sessionCookie ? { cookie: cookie(sessionCookie) } : {} });
    const html = await answer.text();
    const block = DATA_BLOCK.exec(html);
    if (!block) throw new Error(`no personal data block in ${html}`);
    return { answer, html, member: block[1] !== undefined, view: JSON.parse(block[2]) as PersonalView | null };
  }

  async function twoMembers() {
    const db = database.current.db;
    const [ada, bob] = await people(db, 2, "layer");
    const adaSession = await rsvpSession(db, { seats: 1, title: "Ada's session" });
    const bobSession = await rsvpSession(db, { seats: 1, title: "Bob's session" });
    await rsvpToSession(ada, { sessionId: adaSession, mode: "in_person" }, SITE);
    await rsvpToSession(bob, { sessionId: bobSession, mode: "remote" }, SITE);
    await rsvpToSession(bob, { sessionId: adaSession, mode: "in_person" }, SITE); // waitlisted behind Ada
    return { ada, bob, adaSession, bobSession, adaCookie: await sessionCookieFor(ada.id), bobCookie: await sessionCookieFor(bob.id) };
  }

  it("serves everyone one copy of a page, each signed-in person with their own view and nobody else's", async () => {
    const { ada, bob, adaSession, bobSession, adaCookie, bobCookie } = await twoMembers();
    // Interleaved and at once: the cache is filled once, and no answer carries another person's view.
    const who = Array.from({ length: 30 }, (_, i) => (["ada", "bob", "visitor"] as const)[i % 3]);
    const answers = await Promise.all(who.map((w) => page("/schedule", w === "ada" ? adaCookie : w === "bob" ? bobCookie : undefined)));
    expect(rendered).toEqual(["/schedule shared"]);
    answers.forEach((a, i) => {
      expect(a.html).toContain("/schedule for everyone");
      expect(a.answer.headers.get("cache-control")).toBe(who[i] === "visitor" ? "public, max-age=0" : "private, no-store");
      if (who[i] === "visitor") return expect([a.member, a.view]).toEqual([false, null]);
      expect(a.member).toBe(true);
      expect(a.view!.name).toBe(who[i] === "ada" ? ada.name : bob.name);
      if (who[i] === "ada") {
        expect(a.view!.rsvps).toEqual({
          [adaSession]: { sessionId: adaSession, status: "confirmed", mode: "in_person", remoteUrl: "https://zoom.example/j/123", checkedIn: false },
        });
      } else {
        expect(Object.keys(a.view!.rsvps).sort()).toEqual([adaSession, bobSession].sort());
        expect(a.view!.rsvps[adaSession]).toMatchObject({ status: "waitlisted", position: 1 });
        expect(a.view!.rsvps[bobSession]).toMatchObject({ status: "confirmed", mode: "remote" });
      }
      expect(a.html).not.toContain(who[i] === "ada" ? bob.id : ada.id);
    });
  });

  it("reads many people's views in one statement, each row in its place, none for a cookie that names nobody", async () => {
    const { ada, bob, adaSession, bobSession } = await twoMembers();
    const db = database.current.db;
    const tokens = await db.authSession.findMany({ where: { userId: { in: [ada.id, bob.id] } }, select: { userId: true, sessionToken: true } });
    const refOf = (id: string) => ({ userId: id, sessionToken: tokens.find((t) => t.userId === id)!.sessionToken });
    const run: RunSql = (sql, params) => db.$queryRawUnsafe(sql, ...params);
    // Bob, a forged token, Ada, Bob's token with Ada's id, Bob again.
    const refs = [refOf(bob.id), { userId: ada.id, sessionToken: "forged" }, refOf(ada.id), { ...refOf(bob.id), userId: ada.id }, refOf(bob.id)];
    const rows = await loadViewRows(run, refs, appNow());
    expect(rows.map((r) => r?.name ?? null)).toEqual([bob.name, null, ada.name, null, bob.name]);
    expect(rows[2]!.rsvps.map((r) => r.sessionId)).toEqual([adaSession]);
    expect(rows[0]!.rsvps.map((r) => r.sessionId).sort()).toEqual([adaSession, bobSession].sort());
    expect({ ...rows[4], n: 0 }).toEqual({ ...rows[0], n: 0 });
  });

  it("shows a person their own change on their next page view, and the app's route answers the same view", async () => {
    const { ada, bob, adaSession, adaCookie, bobCookie } = await twoMembers();
    expect((await page("/", bobCookie)).view!.rsvps[adaSession]).toMatchObject({ status: "waitlisted", position: 1 });
    await cancelRsvp(ada, { sessionId: adaSession }, SITE);
    // Ada's seat went to Bob, who was first in line: both see it on their next view.
    expect((await page("/", adaCookie)).view!.rsvps).toEqual({});
    expect((await page("/", bobCookie)).view!.rsvps[adaSession]).toMatchObject({ status: "confirmed", mode: "in_person" });
    const topic = await database.current.db.suggestion.create({ data: { kind: "TOPIC", title: "State space models" } });
    await voteForSuggestion(ada, { suggestionId: topic.id });
    const { view } = await page("/papers", adaCookie);
    expect(view!.votes).toEqual([topic.id]);
    // GET /api/v1/me/view, answered by the front, and the app's own reading of the cookie agree.
    const fromFront = (await (await fetch(`${base}/api/v1/me/view`, { headers: { cookie: cookie(adaCookie) } })).json()) as { view: PersonalView };
    cookieJar.value = adaCookie;
    // (Without a CSRF cookie each answer issues a new sign-out token; the app's own reading has none.)
    const same = (v: PersonalView | null) => ({ ...v, signOutToken: null });
    expect(same(await requestPersonalView())).toEqual(same(fromFront.view));
    expect(same(fromFront.view)).toEqual(same(view));
    expect(rendered).toEqual(["/ shared", "/papers shared"]);
    expect(bob.id).not.toBe(ada.id);
  });

  it("gives someone who just changed something a copy fetched after the change, which everyone then shares", async () => {
    const { adaCookie, bobCookie } = await twoMembers();
    await page("/schedule", bobCookie);
    await page("/schedule", adaCookie);
    expect(rendered).toEqual(["/schedule shared"]);
    // Ada posts something (a server action, an API call): her next view is rendered after it.
    const posted = await fetch(`${base}/schedule`, { method: "POST", headers: { cookie: cookie(adaCookie) }, body: "x", redirect: "manual" });
    expect(posted.status).toBe(303);
    await page("/schedule", adaCookie);
    expect(rendered).toEqual(["/schedule shared", "/schedule shared"]);
    // That copy is the one everybody gets now, Ada included.
    await page("/schedule", bobCookie);
    await page("/schedule", adaCookie);
    await page("/schedule");
    expect(rendered).toHaveLength(2);
  });

  it("treats a cookie that names nobody as a visitor, and sends an organizer's board to the app", async () => {
    const { ada, adaCookie } = await twoMembers();
    expect((await page("/schedule", "tampered")).view).toBeNull();
    await database.current.db.authSession.deleteMany({ where: { userId: ada.id } }); // signed out elsewhere
    expect((await page("/schedule", adaCookie)).view).toBeNull();
    const [organizer] = await people(database.current.db, 1, "organizer");
    await database.current.db.user.update({ where: { id: organizer.id }, data: { role: "ORGANIZER" } });
    const organizerCookie = await sessionCookieFor(organizer.id);
    const organizers = await page("/schedule", organizerCookie);
    expect(organizers.view).toMatchObject({ staff: true, links: { organize: true, people: false } });
    // No CSRF cookie yet (a browser back after a restart): the front issues one, and the sign-out form carries its token.
    const csrf = /^next-auth\.csrf-token=([^;]+); Path=\/; HttpOnly; SameSite=Lax$/.exec(organizers.answer.headers.get("set-cookie") ?? "");
    expect(decodeURIComponent(csrf![1]).split("|")[0]).toBe(organizers.view!.signOutToken);
    const board = await page("/papers", organizerCookie);
    expect(board.html).toContain("/papers for a signed-in person");
    expect(rendered).toEqual(["/schedule shared", "/papers with a cookie"]);
  });
  it("carries a person's next session with its readings, their talks ahead and an organizer's to-dos, and nobody else's", async () => {
    const db = database.current.db;
    const [ada, bob, olu] = await people(db, 3, "home");
    await db.user.update({ where: { id: olu.id }, data: { role: "ORGANIZER" } });
    const past = await rsvpSession(db, { startsInDays: -2, title: "Already held" });
    const sooner = await rsvpSession(db, { startsInDays: 3, title: "Sooner" });
    const later = await rsvpSession(db, { startsInDays: 10, title: "Later" });
    const paper = (n: number) =>
      db.paper.create({
        data: { canonicalId: `url:https://papers.example/${n}`, source: "URL", url: `https://papers.example/${n}`, title: `Paper ${n}` },
      });
    const [p1, p2, p3] = await Promise.all([paper(1), paper(2), paper(3)]);
    // Sooner's readings, written out of order: the view lists them by their place in the session.
    const second = await db.slot.create({ data: { sessionId: sooner, paperId: p2.id, position: 2 } });
    await db.slot.create({ data: { sessionId: sooner, paperId: p1.id, position: 1 } });
    const laterSlot = await db.slot.create({ data: { sessionId: later, paperId: p3.id, position: 1 } });
    const pastSlot = await db.slot.create({ data: { sessionId: past, paperId: p1.id, position: 1 } });
    for (const id of [past, later, sooner]) await rsvpToSession(ada, { sessionId: id, mode: "remote" }, SITE).catch(() => null);
    await db.rsvp.upsert({
      where: { sessionId_userId: { sessionId: past, userId: ada.id } },
      create: { sessionId: past, userId: ada.id, mode: "REMOTE", status: "CONFIRMED" },
      update: {},
    });
    await db.speakerClaim.createMany({
      data: [
        { slotId: laterSlot.id, userId: ada.id, status: "APPROVED" },
        { slotId: second.id, userId: ada.id, status: "PENDING" },
        { slotId: pastSlot.id, userId: ada.id, status: "APPROVED" },
      ],
    });

    const [adas, bobs, olus] = await Promise.all([ada, bob, olu].map(async (p) => (await page("/", await sessionCookieFor(p.id))).view!));
    expect(adas.next).toEqual({
      sessionId: sooner,
      title: "Sooner",
      startsAt: (await db.session.findUniqueOrThrow({ where: { id: sooner } })).startsAt.toISOString(),
      timeZone: "America/Los_Angeles",
      readings: [
        { title: "Paper 1", url: "https://papers.example/1" },
        { title: "Paper 2", url: "https://papers.example/2" },
      ],
    });
    expect(adas.rsvps[sooner]).toMatchObject({ status: "confirmed", mode: "remote" });
    expect(adas.talks.map((t) => [t.sessionId, t.paperTitle, t.approved])).toEqual([
      [sooner, "Paper 2", false],
      [later, "Paper 3", true],
    ]);
    expect(adas.todo).toBeNull();
    expect([bobs.next, bobs.talks, bobs.todo]).toEqual([null, [], null]);
    // The organizer's to-dos are the console's counts.
    const console_ = await getConsoleSummary({ ...olu, role: "ORGANIZER" });
    expect(olus.todo).toEqual({
      openSlots: console_.openSlots,
      pendingClaims: console_.pendingClaims,
      newSuggestions: console_.newSuggestions,
      drafts: console_.drafts,
    });
    expect(olus.todo!.pendingClaims).toBe(1);
    expect(olus.next).toBeNull();
  });
});
