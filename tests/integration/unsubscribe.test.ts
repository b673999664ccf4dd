// One-click unsubscribe, end to end on a real database: the signed token turns one preference
// off (audited, idempotent) and back on; a forged or mangled token changes nothing; the
// List-Unsubscribe POST works as a mail provider sends it (form body, no cookies, a foreign or
// no Origin); the page renders without changing anything; schedule-change mail carries the link.
import { NextRequest } from "next/server";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { databaseFingerprint } from "../support/db-snapshot.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { appNow } from "../../lib/time/clock.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));

const { POST, GET } = await import("../../app/api/v1/unsubscribe/[token]/route.ts");
const { changeSubscriptionAction } = await import("../../app/unsubscribe/actions.ts");
const { default: UnsubscribePage, metadata } = await import("../../app/unsubscribe/[token]/page.tsx");
const { default: UnsubscribeNotFound } = await import("../../app/unsubscribe/[token]/not-found.tsx");
const { unsubscribeToken } = await import("../../lib/mail/unsubscribe-token.ts");
const { describeUnsubscribe, resubscribe, unsubscribe } = await import("../../lib/users/unsubscribe.ts");
const { deliverPendingMail } = await import("../../lib/mail/deliver-pending-mail.ts");
const { cancelSession } = await import("../../lib/schedule/edit-session.ts");
const { publishSchedule } = await import("../../lib/publications/publish-schedule.ts");

const PREFERENCES = ["notifyDayBefore", "notifyHourBefore", "notifyPreReading", "notifyScheduleChanges", "notifySpeakerReminders"] as const;

/** The one-click POST as a mail provider sends it: a form body, no cookies, its own Origin or none. */
function oneClick(token: string, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest(`http://localhost/api/v1/unsubscribe/${encodeURIComponent(token)}`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    }),
    { params: Promise.resolve({ token }) },
  );
}

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe("one-click unsubscribe", () => {
  const database = useTestDatabase({ seeded: true });
  const member = () => actorByEmail(database.current.db, "member@example.com");
  const preferences = async (id: string) => {
    const u = await database.current.db.user.findUniqueOrThrow({ where: { id } });
    return Object.fromEntries(PREFERENCES.map((p) => [p, u[p]]));
  };
  const audits = (userId: string) =>
    database.current.db.auditLog.findMany({ where: { targetId: userId, action: { startsWith: "account." } }, orderBy: { createdAt: "asc" } });

  it("turns the token's kind off for its person, audited once however often it is used, and back on", async () => {
    const { id } = await member();
    const token = unsubscribeToken(id, "hour-before");
    expect(await describeUnsubscribe({ token })).toEqual({ kind: "hour-before", label: "reminders an hour before a session", subscribed: true });
    const before = await preferences(id);

    expect(await unsubscribe({ token })).toMatchObject({ kind: "hour-before", subscribed: false });
    expect(await unsubscribe({ token })).toMatchObject({ kind: "hour-before", subscribed: false });
    expect(await preferences(id)).toEqual({ ...before, notifyHourBefore: false });
    expect(await audits(id)).toMatchObject([{ actorId: id, action: "account.unsubscribed", targetType: "user", data: { kind: "hour-before" } }]);

    expect(await resubscribe({ token })).toMatchObject({ subscribed: true });
    expect(await preferences(id)).toEqual(before);
    expect((await audits(id)).map((a) => a.action)).toEqual(["account.unsubscribed", "account.resubscribed"]);
  });

  it("refuses forged, mangled and other people's tokens, and a deleted account's, writing nothing", async () => {
    const db = database.current.db;
    const { id } = await member();
    const other = await actorByEmail(db, "speaker@example.com");
    const good = unsubscribeToken(id, "schedule-changes");
    const [, , sig] = good.split(".");
    const gone = await db.user.create({ data: { email: "gone@example.com", deletedAt: appNow() } });
    const bad = [
      "",
      "not-a-token",
      "a\u0000b",
      good.slice(0, -1),
      `${good}x`,
      `${other.id}.schedule-changes.${sig}`,
      `${id}.day-before.${sig}`,
      `${id}.schedule-changes.${"A".repeat(32)}`,
      "x".repeat(5000),
      unsubscribeToken(gone.id, "schedule-changes"),
    ];
    const before = await databaseFingerprint(database.current.url);
    for (const token of bad) {
      for (const fn of [unsubscribe, resubscribe, describeUnsubscribe]) {
        const error = await rejection(fn({ token }));
        expect([error.code, error.message]).toEqual(["not_found", expect.stringContaining("This unsubscribe link is not valid.")]);
      }
      const response = await oneClick(token);
      expect(response.status, token).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: "not_found", message: expect.stringContaining("not valid") });
      expect(await changeSubscriptionAction(null, form({ token, emails: "off" }))).toMatchObject({ ok: false });
    }
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
  });

  it("takes the List-Unsubscribe POST from a mail provider: form body, no cookies, a foreign or no Origin; only that column changes", async () => {
    const db = database.current.db;
    const { id } = await member();
    const bystander = await actorByEmail(db, "speaker@example.com");
    const bystanderBefore = await preferences(bystander.id);
    const before = await preferences(id);
    // Whoever is signed in in this browser plays no part: the token names the person.
    cookieJar.value = await sessionCookieFor(bystander.id);
    const token = unsubscribeToken(id, "pre-reading");
    const providers: Record<string, string>[] = [{}, { origin: "https://mail.provider.example" }, { origin: "null", "sec-fetch-site": "cross-site" }];
    for (const headers of providers) {
      const response = await oneClick(token, headers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ unsubscribed: true, kind: "pre-reading" });
    }
    expect(await preferences(id)).toEqual({ ...before, notifyPreReading: false });
    expect(await preferences(bystander.id)).toEqual(bystanderBefore);
    expect(await db.auditLog.count({ where: { action: "account.unsubscribed" } })).toBe(1);

    // GET only describes.
    const fingerprint = await databaseFingerprint(database.current.url);
    const described = await GET(new NextRequest(`http://localhost/api/v1/unsubscribe/${token}`), { params: Promise.resolve({ token }) });
    expect(await described.json()).toEqual({ kind: "pre-reading", label: "the papers to read before a session", subscribed: false });
    expect(await databaseFingerprint(database.current.url)).toEqual(fingerprint);
  });

  it("renders the page with one button and changes nothing by opening it; the button and Undo work; a bad link is a 404", async () => {
    const { id } = await member();
    const token = unsubscribeToken(id, "speaker-reminders");
    cookieJar.value = undefined;
    expect(metadata.robots).toEqual({ index: false });
    const before = await databaseFingerprint(database.current.url);
    const html = renderToStaticMarkup(await UnsubscribePage({ params: Promise.resolve({ token }) }));
    expect(await databaseFingerprint(database.current.url)).toEqual(before);
    expect(html).toContain("Stop getting reminders about the talks you present?");
    expect(html.match(/<button/g)).toHaveLength(1);
    expect(html).toContain(`<input type="hidden" name="token" value="${token}"/>`);
    expect(html).toContain('<input type="hidden" name="emails" value="off"/>');
    expect(html).toContain('href="/me"');
    expect(html).not.toContain("member@example.com");

    expect(await changeSubscriptionAction(null, form({ token, emails: "off" }))).toMatchObject({
      ok: true,
      data: { kind: "speaker-reminders", subscribed: false },
    });
    expect((await preferences(id)).notifySpeakerReminders).toBe(false);
    const after = renderToStaticMarkup(await UnsubscribePage({ params: Promise.resolve({ token }) }));
    expect(after).toContain("You will no longer get reminders about the talks you present.");
    expect(after).toContain("Turn them back on");
    expect(await changeSubscriptionAction(null, form({ token, emails: "on" }))).toMatchObject({ ok: true, data: { subscribed: true } });
    expect((await preferences(id)).notifySpeakerReminders).toBe(true);
    expect(await changeSubscriptionAction(null, form({ token, emails: "maybe" }))).toMatchObject({ ok: false, code: "validation" });

    await expect(UnsubscribePage({ params: Promise.resolve({ token: `${token}x` }) })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
    expect(renderToStaticMarkup(UnsubscribeNotFound())).toContain("This unsubscribe link is not valid");
  });

  it("puts the unsubscribe in schedule-change mail to people with an account, respects it for speakers too, and not for invited authors", async () => {
    const db = database.current.db;
    const organizer = await actorByEmail(db, "organizer@example.com");
    const session = await db.session.findFirstOrThrow({
      where: { series: { slug: "paper-club" }, status: "PUBLISHED", startsAt: { gt: appNow() }, rsvps: { some: { status: "CONFIRMED" } } },
      orderBy: { startsAt: "asc" },
      include: { slots: { orderBy: { position: "asc" } }, rsvps: { where: { status: "CONFIRMED" }, include: { user: true } } },
    });
    // A second reading, for the invited author (weekly sessions have one).
    const paper = await db.paper.findFirstOrThrow({ where: { slots: { none: { sessionId: session.id } } } });
    const second = await db.slot.create({ data: { sessionId: session.id, paperId: paper.id, position: session.slots.length } });
    // A speaker with an account who turned schedule-change mail off, and an invited outside author.
    const quietSpeaker = await db.user.create({ data: { email: "quiet-speaker@example.com", name: "Quiet", notifyScheduleChanges: false } });
    await db.speakerClaim.deleteMany({ where: { slotId: session.slots[0].id } });
    await db.speakerClaim.create({ data: { slotId: session.slots[0].id, userId: quietSpeaker.id, status: "APPROVED" } });
    await db.speakerClaim.create({
      data: { slotId: second.id, status: "INVITED", inviteEmail: "outside@elsewhere.test", inviteName: "Outside" },
    });
    await publishSchedule(organizer, { series: "paper-club" }, { siteUrl: "https://club.example" });
    await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'send-mail'`);

    await cancelSession(organizer, { sessionId: session.id, reason: "The room flooded." });
    await publishSchedule(organizer, { series: "paper-club" }, { siteUrl: "https://club.example" });
    await deliverPendingMail();

    const outbox = await db.outboxEmail.findMany();
    const to = outbox.map((m) => m.to);
    expect(to).not.toContain("quiet-speaker@example.com");
    const outside = outbox.find((m) => m.to === "outside@elsewhere.test");
    expect(outside).toMatchObject({ headers: null, text: expect.stringContaining("The room flooded.") });
    expect(outside?.text).not.toContain("/unsubscribe/");

    const attendee = session.rsvps.find((r) => r.user.notifyScheduleChanges)!.user;
    const mail = outbox.find((m) => m.to === attendee.email)!;
    const token = /https:\/\/club\.example\/unsubscribe\/(\S+)/.exec(mail.text)?.[1] ?? "";
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<https://club.example/api/v1/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect((await oneClick(token)).status).toBe(200);
    expect(await db.user.findUniqueOrThrow({ where: { id: attendee.id } })).toMatchObject({
      notifyScheduleChanges: false,
      notifyDayBefore: attendee.notifyDayBefore,
    });
  });
});
