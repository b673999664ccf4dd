// The organizers' attendee tools: the attendee list as a CSV file (the session zone's dates,
// no formula a spreadsheet would run, the no-shows of the season) through the domain function
// and its route, and the server actions of the attendees and check-in pages.
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "../../lib/db/client.ts";
import { exportAttendeesCsv } from "../../lib/rsvps/export-attendees-csv.ts";
import { ATTENDEES_CSV_HEADER } from "../../lib/rsvps/format-attendees-csv.ts";
import { addAttendee, setCheckedIn } from "../../lib/rsvps/manage-attendees.ts";
import { dayKey, formatClock } from "../../lib/time/format.ts";
import { instantAt } from "../../lib/time/zoned.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { apiRequest, routeParams } from "../support/requests.ts";
import { appNow } from "../../lib/time/clock.ts";

vi.mock("next/headers", () => ({ cookies: async () => mockedCookieStore(), headers: async () => new Headers() }));
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), refresh: () => undefined }));

const actions = await import("../../app/organize/attendee-actions.ts");
const csvRoute = await import("../../app/organize/sessions/[id]/attendees.csv/route.ts");

const LA = "America/Los_Angeles";
const SITE = { siteUrl: "https://paperclub.example" };
const DAY = 86_400_000;
const FORMULA_NAME = '=HYPERLINK("https://evil.example","Click")';

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** "2026-07-01 18:05" in Los Angeles, as the CSV writes times. */
function local(instant: Date): string {
  return `${dayKey(instant, LA)} ${formatClock(instant, LA)}`;
}

describe("attendee tools", () => {
  const database = useTestDatabase({ seeded: true });
  const organizer = () => actorByEmail(database.current.db, "organizer@example.com");

  /**
   * An upcoming published Test of Time session in Los Angeles at 18:30 (the next day in UTC),
   * in person (2 seats) and remote, and a past session of the same season where Ada held a
   * seat and never came (one no-show) and Bea came.
   */
  async function doorSession(db: Db) {
    const series = await db.series.findUniqueOrThrow({ where: { slug: "test-of-time" }, include: { seasons: true } });
    const seasonId = series.seasons[0].id;
    const day = dayKey(new Date(appNow().getTime() + 10 * DAY), LA);
    const startsAt = instantAt(day, "18:30", LA);
    const session = await db.session.create({
      data: {
        seriesId: series.id,
        seasonId,
        title: "Door session",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60_000),
        timeZone: LA,
        isInPerson: true,
        isRemote: true,
        venueName: "Door venue",
        seats: 2,
        status: "PUBLISHED",
      },
    });
    const person = (email: string, name: string) => db.user.create({ data: { email, name } });
    const people = {
      ada: await person("ada@door.test", "Ada Lovelace"),
      formula: await person("formula@door.test", FORMULA_NAME),
      carl: await person("carl@door.test", "Carl Waiting"),
      dora: await person("dora@door.test", "Dora Remote"),
      bea: await person("bea@door.test", "Bea Came"),
    };
    const pastStart = new Date(appNow().getTime() - 7 * DAY);
    await db.session.create({
      data: {
        seriesId: series.id,
        seasonId,
        title: "Past door session",
        startsAt: pastStart,
        endsAt: new Date(pastStart.getTime() + 90 * 60_000),
        timeZone: LA,
        isInPerson: true,
        seats: 10,
        status: "PUBLISHED",
        rsvps: {
          create: [
            { userId: people.ada.id, mode: "IN_PERSON", status: "CONFIRMED" },
            { userId: people.bea.id, mode: "IN_PERSON", status: "CONFIRMED", checkedInAt: pastStart },
          ],
        },
      },
    });
    const boss = await organizer();
    for (const [who, mode] of [
      ["ada", "in_person"],
      ["formula", "in_person"],
      ["carl", "in_person"],
      ["dora", "remote"],
    ] as const)
      await addAttendee(boss, { sessionId: session.id, email: people[who].email!, mode }, SITE);
    return { session, people, day };
  }

  beforeEach(() => {
    cookieJar.value = undefined;
  });

  it("exports who comes as CSV: the session zone's date and times, formulas guarded, no-shows of the season", async () => {
    const { db } = database.current;
    const { session, people, day } = await doorSession(db);
    const arrived = instantAt(day, "18:20", LA);
    await setCheckedIn(await organizer(), { sessionId: session.id, userId: people.ada.id, checkedIn: true }, arrived);

    const { filename, csv } = await exportAttendeesCsv(await organizer(), { sessionId: session.id });
    // The evening in Los Angeles is the next day in UTC: the file is named for the local date.
    expect(dayKey(session.startsAt, "UTC")).not.toBe(day);
    expect(filename).toBe(`test-of-time-${day}-attendees.csv`);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");

    const [header, ...rows] = parse(csv, { bom: true }) as string[][];
    expect(header).toEqual(ATTENDEES_CSV_HEADER);
    expect(rows.map((r) => r[1])).toEqual([
      expect.stringMatching(/^(ada|formula)@door\.test$/),
      expect.stringMatching(/^(ada|formula)@door\.test$/),
      "carl@door.test",
      "dora@door.test",
    ]);
    const row = (email: string) => rows.find((r) => r[1] === email)!;
    const rsvpAt = async (userId: string) =>
      local((await db.rsvp.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: session.id, userId } } })).createdAt);

    expect(row("ada@door.test")).toEqual([
      "Ada Lovelace",
      "ada@door.test",
      "in person",
      "confirmed",
      "",
      await rsvpAt(people.ada.id),
      `${day} 18:20`,
      "1",
    ]);
    expect(row("formula@door.test")[0]).toBe(`'${FORMULA_NAME}`);
    expect(row("formula@door.test").slice(2)).toEqual(["in person", "confirmed", "", await rsvpAt(people.formula.id), "", "0"]);
    expect(row("carl@door.test")).toEqual(["Carl Waiting", "carl@door.test", "in person", "waitlisted", "1", await rsvpAt(people.carl.id), "", "0"]);
    expect(row("dora@door.test").slice(2, 5)).toEqual(["remote", "confirmed", ""]);
  });

  it("lets only organizers export, and answers an unknown session with not found", async () => {
    const { db } = database.current;
    const { session } = await doorSession(db);
    expect((await rejection(exportAttendeesCsv(null, { sessionId: session.id }))).code).toBe("unauthenticated");
    expect((await rejection(exportAttendeesCsv(await actorByEmail(db, "member@example.com"), { sessionId: session.id }))).code).toBe("forbidden");
    expect((await rejection(exportAttendeesCsv(await organizer(), { sessionId: "00000000-0000-0000-0000-000000000000" }))).code).toBe("not_found");
  });

  it("serves the CSV file to organizers at /organize/sessions/{id}/attendees.csv, and a JSON error to others", async () => {
    const { db } = database.current;
    const { session, day } = await doorSession(db);
    const get = (id: string) => csvRoute.GET(apiRequest(`/organize/sessions/${id}/attendees.csv`), routeParams({ id }));

    cookieJar.value = await sessionCookieFor((await organizer()).id);
    const ok = await get(session.id);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(ok.headers.get("content-disposition")).toBe(`attachment; filename="test-of-time-${day}-attendees.csv"`);
    expect(ok.headers.get("cache-control")).toBe("private, no-store");
    expect(await ok.text()).toContain("carl@door.test");
    expect((await get("not-an-id")).status).toBe(404);

    cookieJar.value = await sessionCookieFor((await actorByEmail(db, "member@example.com")).id);
    const refused = await get(session.id);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
  });

  it("adds a person by email (the waitlist when the room is full), with field errors in place", async () => {
    const { db } = database.current;
    const { session } = await doorSession(db);
    cookieJar.value = await sessionCookieFor((await organizer()).id);

    const added = await actions.addAttendeeAction(null, form({ sessionId: session.id, email: "New.Person@Door.test", mode: "in_person" }));
    expect(added).toMatchObject({ ok: true, message: "The room is full: new.person@door.test is number 2 on the waitlist." });
    const newcomer = await db.user.findUniqueOrThrow({ where: { email: "new.person@door.test" } });
    expect(await db.rsvp.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: session.id, userId: newcomer.id } } })).toMatchObject({
      mode: "IN_PERSON",
      status: "WAITLISTED",
    });

    const remote = await actions.addAttendeeAction(null, form({ sessionId: session.id, email: "far@door.test", mode: "remote" }));
    expect(remote).toMatchObject({ ok: true, message: "far@door.test is confirmed remote." });

    const bad = await actions.addAttendeeAction(null, form({ sessionId: session.id, email: "not an email", mode: "in_person" }));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.code).toBe("validation");
    expect(bad.fields?.email).toBeTruthy();
    expect(bad.values).toMatchObject({ email: "not an email", mode: "in_person" });
  });

  it("removes a person: the seat goes to the next in line", async () => {
    const { db } = database.current;
    const { session, people } = await doorSession(db);
    const rsvpOf = (userId: string) => db.rsvp.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: session.id, userId } } });
    cookieJar.value = await sessionCookieFor((await organizer()).id);

    expect(await actions.removeAttendeeAction(null, form({ sessionId: session.id, userId: people.ada.id }))).toMatchObject({ ok: true });
    expect((await rsvpOf(people.ada.id)).status).toBe("CANCELLED");
    // Promoted, keeping the number it had in line (decision 014).
    expect(await rsvpOf(people.carl.id)).toMatchObject({ status: "CONFIRMED", mode: "IN_PERSON" });
    expect((await rsvpOf(people.carl.id)).waitlistSeq).not.toBeNull();

    const again = await actions.removeAttendeeAction(null, form({ sessionId: session.id, userId: people.ada.id }));
    expect(again).toMatchObject({ ok: false, code: "not_found", values: { userId: people.ada.id } });
  });

  it("checks a person in and undoes it, for anyone with an RSVP; members are refused and nothing changes", async () => {
    const { db } = database.current;
    const { session, people } = await doorSession(db);
    const boss = await organizer();
    const rsvpOf = (userId: string) => db.rsvp.findUniqueOrThrow({ where: { sessionId_userId: { sessionId: session.id, userId } } });
    const ref = (userId: string) => form({ sessionId: session.id, userId });

    cookieJar.value = await sessionCookieFor((await actorByEmail(db, "member@example.com")).id);
    expect(await actions.checkInAction(null, ref(people.carl.id))).toMatchObject({ ok: false, code: "forbidden" });
    expect((await rsvpOf(people.carl.id)).checkedInAt).toBeNull();

    cookieJar.value = await sessionCookieFor(boss.id);
    for (const who of [people.carl, people.dora]) {
      expect(await actions.checkInAction(null, ref(who.id))).toMatchObject({ ok: true });
      expect(await rsvpOf(who.id)).toMatchObject({ checkedInAt: expect.any(Date), checkedInById: boss.id });
    }
    const first = (await rsvpOf(people.carl.id)).checkedInAt;
    expect(await actions.checkInAction(null, ref(people.carl.id))).toMatchObject({ ok: true });
    expect((await rsvpOf(people.carl.id)).checkedInAt).toEqual(first);

    expect(await actions.undoCheckInAction(null, ref(people.carl.id))).toMatchObject({ ok: true });
    expect(await rsvpOf(people.carl.id)).toMatchObject({ checkedInAt: null, checkedInById: null });

    expect(await actions.checkInAction(null, ref(people.bea.id))).toMatchObject({ ok: false, code: "not_found" });
  });
});
