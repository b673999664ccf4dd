// A person's own calendar at a secret address: their RSVPs with the remote link and their
// talks; nobody else's; a new address makes the old one a 404.
import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getPersonalIcs } from "../../app/calendar/u/[file]/route.ts";
import { personalFeedPath, regenerateCalendarToken } from "../../lib/calendar/personal-feed.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail, rejection } from "../support/helpers.ts";
import { routeParams } from "../support/requests.ts";

async function feed(path: string) {
  const file = path.replace("/calendar/u/", "");
  return getPersonalIcs(new NextRequest(`http://localhost${path}`), routeParams({ file }) as never);
}

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => ({
    uid: v.getFirstPropertyValue("uid") as string,
    description: v.getFirstPropertyValue("description") as string,
  }));
}

describe("personal calendar feed", () => {
  const database = useTestDatabase({ seeded: true });

  it("holds the person's RSVPs with the remote link and their talks, and nobody else's", async () => {
    const db = database.current.db;
    const member = await actorByEmail(db, "member@example.com");
    const other = await actorByEmail(db, "speaker@example.com");
    // A published remote session (in the latest publication; past or not: the demo season may be over), with its Zoom link.
    const session = await db.session.findFirstOrThrow({
      where: { status: "PUBLISHED", isRemote: true, rsvps: { none: { user: { email: "member@example.com" } } } },
      orderBy: { startsAt: "desc" },
    });
    await db.session.update({ where: { id: session.id }, data: { remoteUrl: "https://zoom.example/j/personal" } });
    await db.rsvp.create({ data: { sessionId: session.id, userId: member.id, mode: "REMOTE", status: "CONFIRMED" } });
    const talk = await db.speakerClaim.findFirstOrThrow({
      where: { status: "APPROVED", user: { email: "speaker@example.com" }, slot: { session: { status: "PUBLISHED" } } },
      include: { slot: true },
    });

    const path = await personalFeedPath(member);
    expect(path).toMatch(/^\/calendar\/u\/[A-Za-z0-9_-]{32}\.ics$/);
    expect(await personalFeedPath(member)).toBe(path);
    const response = await feed(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const mine = events(await response.text());
    const event = mine.find((e) => e.uid === `session-${session.id}@paperclub`)!;
    expect(event.description).toContain("Your RSVP: remote.");
    expect(event.description).toContain("Join remotely: https://zoom.example/j/personal");

    const theirs = events(await (await feed(await personalFeedPath(other))).text());
    expect(theirs.find((e) => e.uid === `session-${talk.slot.sessionId}@paperclub`)?.description).toMatch(/You present "/);
    expect(theirs.map((e) => e.description).join("\n")).not.toContain("zoom.example/j/personal");
  });

  it("answers 404 for an unknown or replaced address, and only the owner can replace theirs", async () => {
    const db = database.current.db;
    const member = await actorByEmail(db, "member@example.com");
    const old = await personalFeedPath(member);
    const { path } = await regenerateCalendarToken(member);
    expect(path).not.toBe(old);
    expect((await feed(old)).status).toBe(404);
    expect((await feed(path)).status).toBe(200);
    for (const bad of ["/calendar/u/short.ics", "/calendar/u/not-a-token", `/calendar/u/${"x".repeat(40)}.ics`]) {
      const answer = await feed(bad);
      expect(answer.status, bad).toBe(404);
      expect((await answer.json()).error.code).toBe("not_found");
    }
    expect((await rejection(regenerateCalendarToken(null))).code).toBe("unauthenticated");
  });
});
