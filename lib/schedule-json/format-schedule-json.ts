// A series' published schedule in the frab/c3voc schedule.json format
// (https://c3voc.de/schedule/schema.json), read by schedule apps and video-publishing tools.
// No I/O. Days are the series' local dates; each session is one event in its room (the
// venue, or "Zoom" for remote-only sessions), with its papers as links and presenters as persons.
import { createHash } from "node:crypto";
import type { SessionDto } from "../schedule/dto.ts";
import { dayKey, formatClock } from "../time/format.ts";
import { appNow } from "../time/clock.ts";

export type ScheduleJsonInput = {
  series: { slug: string; name: string; description: string; timeZone: string };
  version: number;
  siteUrl: string;
  sessions: SessionDto[];
};

const ONLINE = "Zoom";

/** A stable name-based uuid (SHA-1, version 5 layout), so a room keeps its guid between exports. */
export function nameUuid(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex").slice(0, 32).split("");
  hex[12] = "5";
  hex[16] = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** c3voc acronyms allow letters, digits and "_" after the first character. */
export function acronymOf(slug: string): string {
  const acronym = slug.replace(/-/g, "_");
  return acronym.length >= 4 ? acronym : `${acronym}_club`;
}

/** A stable positive integer for the deprecated `id` field, from the session's uuid. */
export function legacyId(uuid: string): number {
  return Number.parseInt(uuid.replace(/-/g, "").slice(0, 12), 16) + 1;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function roomOf(session: SessionDto): string {
  return session.isInPerson && session.venue ? session.venue.name : ONLINE;
}

/** "2026-12-02T18:00:00-08:00": an instant written in the session's zone, without milliseconds. */
function localIso(iso: string): string {
  return iso.replace(/\.\d{3}(?=[+-]\d{2}:\d{2}$|Z$)/, "");
}

function eventOf(session: SessionDto, siteUrl: string) {
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000);
  const presenters = [...new Set(session.slots.flatMap((s) => (s.presenter ? [s.presenter.name] : [])))];
  return {
    id: legacyId(session.id),
    guid: session.id,
    date: localIso(session.startsAt),
    end: localIso(session.endsAt),
    start: formatClock(session.startsAt, session.timeZone),
    duration: hhmm(minutes),
    room: roomOf(session),
    slug: `${acronymOf(session.series.slug)}-${session.id.slice(0, 8)}`,
    url: `${siteUrl}/sessions/${session.id}`,
    title: session.status === "cancelled" ? `Cancelled: ${session.title}` : session.title,
    subtitle: session.slots.map((s) => s.paper.title).join(" · "),
    track: session.track?.name ?? null,
    type: "talk",
    language: "en",
    abstract: session.description || null,
    description: session.status === "cancelled" ? `This session is cancelled.${session.cancelReason ? ` ${session.cancelReason}` : ""}` : null,
    do_not_record: false,
    persons: presenters.map((name) => ({ name })),
    links: session.slots.map((s) => ({ type: "paper" as const, url: s.paper.url, title: s.paper.title })),
    attachments: [
      ...(session.recordingUrl ? [{ type: "media" as const, url: session.recordingUrl, title: "Recording" }] : []),
      ...(session.slidesUrl ? [{ type: "slides" as const, url: session.slidesUrl, title: "Slides" }] : []),
    ],
  };
}

export function formatScheduleJson(input: ScheduleJsonInput) {
  const zone = input.series.timeZone;
  const sessions = [...input.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const dates = [...new Set(sessions.map((s) => dayKey(s.startsAt, zone)))];
  const rooms = [...new Set(sessions.map(roomOf))];
  const roomGuid = (name: string) => nameUuid(`paperclub:room:${input.series.slug}/${name}`);
  const offsetOf = (iso: string) => iso.match(/([+-]\d{2}:\d{2}|Z)$/)?.[1] ?? "Z";
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "Paper Club", version: String(input.version) },
    schedule: {
      version: `v${input.version}`,
      base_url: `${input.siteUrl}/`,
      conference: {
        acronym: acronymOf(input.series.slug),
        title: input.series.name,
        description: input.series.description || undefined,
        start: dates[0] ?? dayKey(appNow().toISOString(), zone),
        end: dates.at(-1) ?? dayKey(appNow().toISOString(), zone),
        daysCount: dates.length,
        timeslot_duration: "00:15",
        time_zone_name: zone,
        url: `${input.siteUrl}/schedule?series=${input.series.slug}`,
        rooms: rooms.map((name) => ({ name, guid: roomGuid(name), type: name === ONLINE ? ("online" as const) : ("lecturehall" as const) })),
        days: dates.map((date, i) => {
          const ofDay = sessions.filter((s) => dayKey(s.startsAt, zone) === date);
          const offset = offsetOf(ofDay[0].startsAt);
          return {
            index: i + 1,
            date,
            day_start: `${date}T00:00:00${offset}`,
            day_end: `${date}T23:59:00${offset}`,
            rooms: Object.fromEntries(rooms.map((room) => [room, ofDay.filter((s) => roomOf(s) === room).map((s) => eventOf(s, input.siteUrl))])),
          };
        }),
      },
    },
  };
}
