// The published schedule as iCalendar: one session (to import), a series or a track (to
// subscribe to). Built from the same reads as the pages (latest publications), so a feed never
// shows a draft; SEQUENCE comes from the session's row, which each publication that changes
// the session raises.
import "server-only";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { latestPublications } from "../publications/latest-publications.ts";
import type { SessionDto } from "../schedule/dto.ts";
import { getSession } from "../schedule/get-session.ts";
import { getTrack } from "../schedule/get-track.ts";
import { listSchedule } from "../schedule/list-schedule.ts";
import { slugSchema } from "../schedule/schemas.ts";
import { buildCalendar } from "./build-calendar.ts";

export type CalendarFile = { filename: string; ics: string };

async function eventsOf(sessions: SessionDto[]) {
  const rows = await getDb().session.findMany({ where: { id: { in: sessions.map((s) => s.id) } }, select: { id: true, sequence: true } });
  const sequence = new Map(rows.map((r) => [r.id, r.sequence]));
  return sessions.map((session) => ({ session, sequence: sequence.get(session.id) ?? 0 }));
}

async function stampOf(seriesSlugs: string[]): Promise<Date> {
  const publications = await Promise.all([...new Set(seriesSlugs)].map((seriesSlug) => latestPublications({ seriesSlug })));
  const times = publications.flat().map((p) => p.publishedAt.getTime());
  return new Date(times.length ? Math.max(...times) : 0);
}

export async function sessionCalendar(input: { id: string }, siteUrl: string): Promise<CalendarFile> {
  const session = await getSession(null, input);
  return {
    filename: `paper-club-${session.id}.ics`,
    ics: buildCalendar({
      name: session.title,
      siteUrl,
      method: "publish",
      events: await eventsOf([session]),
      stamp: await stampOf([session.series.slug]),
    }),
  };
}

export async function seriesCalendar(input: { slug: string }, siteUrl: string): Promise<CalendarFile> {
  const slug = slugSchema.safeParse(input.slug);
  if (!slug.success) throw new AppError("not_found", "There is no such series.");
  const [publication] = await latestPublications({ seriesSlug: slug.data });
  if (!publication) throw new AppError("not_found", "There is no such series.");
  const sessions = await listSchedule(null, { series: slug.data });
  const series = publication.snapshot.series;
  return {
    filename: `${series.slug}.ics`,
    ics: buildCalendar({
      name: series.name,
      description: `The ${series.name} schedule`,
      siteUrl,
      events: await eventsOf(sessions),
      stamp: publication.publishedAt,
    }),
  };
}

export async function trackCalendar(input: { slug: string }, siteUrl: string): Promise<CalendarFile> {
  const track = await getTrack(null, input);
  return {
    filename: `${track.slug}.ics`,
    ics: buildCalendar({
      name: `${track.name} · ${track.season.series.name}`,
      description: track.description || undefined,
      siteUrl,
      events: await eventsOf(track.sessions),
      stamp: await stampOf([track.season.series.slug]),
    }),
  };
}
