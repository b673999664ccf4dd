// A person's own calendar: the sessions they RSVPed to (with the remote link, which only people
// with an RSVP see) and the talks they give, at a secret address (/calendar/u/{token}.ics) that
// calendar apps poll without signing in. The token is the only key: /me shows the address and
// can replace it, which makes the old one answer 404.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import { publishedSessionsOf, toPublishedDtos } from "../schedule/published-sessions.ts";
import { buildCalendar, type CalendarEvent } from "./build-calendar.ts";
import type { CalendarFile } from "./feeds.ts";

const NOT_FOUND = "There is no such calendar.";
const TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

function newToken(): string {
  return randomBytes(24).toString("base64url");
}

/** The person's feed address, made on first use. */
export async function personalFeedPath(actor: Actor): Promise<string> {
  assertCan(actor, "profile.update", { ownerId: actor?.id });
  const db = getDb();
  const me = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarToken: true } });
  if (me.calendarToken) return `/calendar/u/${me.calendarToken}.ics`;
  const token = newToken();
  // Only if still unset: two tabs opening /me at once agree on one address.
  await db.user.updateMany({ where: { id: actor.id, calendarToken: null }, data: { calendarToken: token } });
  const now = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarToken: true } });
  return `/calendar/u/${now.calendarToken}.ics`;
}

/** A new address; the old one stops working at once. */
export async function regenerateCalendarToken(actor: Actor): Promise<{ path: string }> {
  assertCan(actor, "profile.update", { ownerId: actor?.id });
  const token = newToken();
  await getDb().user.update({ where: { id: actor.id }, data: { calendarToken: token } });
  return { path: `/calendar/u/${token}.ics` };
}

export async function personalCalendar(input: { token: string }, siteUrl: string): Promise<CalendarFile> {
  if (!TOKEN.test(input.token)) throw new AppError("not_found", NOT_FOUND);
  const db = getDb();
  const person = await db.user.findFirst({ where: { calendarToken: input.token, deletedAt: null }, select: { id: true, name: true } });
  if (!person) throw new AppError("not_found", NOT_FOUND);
  const [rsvps, talks] = await Promise.all([
    db.rsvp.findMany({
      where: { userId: person.id, status: { not: "CANCELLED" } },
      select: { sessionId: true, mode: true, status: true, session: { select: { remoteUrl: true, isRemote: true } } },
    }),
    db.speakerClaim.findMany({
      where: { userId: person.id, status: "APPROVED" },
      select: { slot: { select: { sessionId: true, paper: { select: { title: true } } } } },
    }),
  ]);
  const wanted = new Set([...rsvps.map((r) => r.sessionId), ...talks.map((t) => t.slot.sessionId)]);
  const publications = await latestPublications();
  const published = publishedSessionsOf(publications.map((p) => p.snapshot)).filter((p) => wanted.has(p.session.id));
  const dtos = await toPublishedDtos(published);
  const sequences = new Map(
    (await db.session.findMany({ where: { id: { in: dtos.map((d) => d.id) } }, select: { id: true, sequence: true } })).map((s) => [
      s.id,
      s.sequence,
    ]),
  );
  const rsvpOf = new Map(rsvps.map((r) => [r.sessionId, r]));
  const events: CalendarEvent[] = dtos.map((session) => {
    const rsvp = rsvpOf.get(session.id);
    const talk = talks.filter((t) => t.slot.sessionId === session.id).map((t) => `You present "${t.slot.paper.title}".`);
    const answer = !rsvp
      ? null
      : rsvp.status === "WAITLISTED"
        ? "Your RSVP: on the waitlist for a seat (join remotely meanwhile)."
        : rsvp.mode === "IN_PERSON"
          ? "Your RSVP: in person."
          : "Your RSVP: remote.";
    return {
      session,
      sequence: sequences.get(session.id) ?? 0,
      personal: {
        note: [answer, ...talk].filter(Boolean).join("\n"),
        remoteUrl: rsvp && session.isRemote ? rsvp.session.remoteUrl : null,
      },
    };
  });
  const stamp = new Date(Math.max(0, ...publications.map((p) => p.publishedAt.getTime())));
  return {
    filename: "paper-club-mine.ics",
    ics: buildCalendar({ name: "Paper Club: my sessions", description: `${person.name ?? "Your"} RSVPs and talks`, siteUrl, events, stamp }),
  };
}
