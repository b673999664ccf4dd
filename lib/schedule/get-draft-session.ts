// What the organizer's session editor reads: one session of the draft as its form needs it
// (local date and time in its zone), its readings, and the choices of its selects; and the
// defaults of a new session of a series.
import "server-only";
import type { Actor } from "../auth/actor.ts";
import { assertCan } from "../auth/permissions.ts";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { seriesOfAddress } from "../publications/schemas.ts";
import { SERIES_DEFAULTS_SELECT } from "../series/series-defaults.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import { dayKey } from "../time/format.ts";
import { localParts } from "../time/zoned.ts";
import { parseInput } from "../validation/parse-input.ts";
import { ACTIVE_CLAIM_STATUSES, presenterOf, type SlotDto } from "./dto.ts";
import { sessionRefSchema } from "./edit-schemas.ts";
import { appNow } from "../time/clock.ts";

/** The values of the session form, as its fields show them. */
export type SessionFormValues = {
  date: string;
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  title: string;
  description: string;
  /** A track slug, or "" for none. */
  track: string;
  isInPerson: boolean;
  isRemote: boolean;
  venueName: string;
  venueAddress: string;
  seats: number | null;
  remoteUrl: string;
  recordingUrl: string;
  slidesUrl: string;
};

export type DraftReadingDto = {
  slotId: string;
  title: string;
  url: string;
} & Pick<SlotDto, "speakerStatus" | "presenter">;

export type DraftSessionEditorDto = {
  id: string;
  /** The title it is shown under (its own, its track's, its first reading's, or the series'). */
  displayTitle: string;
  startsAt: string;
  values: SessionFormValues;
  status: "draft" | "published" | "cancelled";
  cancelReason: string | null;
  removed: boolean;
  editedByHand: boolean;
  series: { slug: string; name: string };
  tracks: { slug: string; name: string }[];
  readings: DraftReadingDto[];
  /** The other sessions of the series still in the draft, for "Move to". */
  otherSessions: { id: string; title: string; startsAt: string; timeZone: string }[];
  /** Accepted paper suggestions of the series (or of no track) not yet in a session. */
  suggestions: { id: string; title: string; track: string | null }[];
};

async function seriesTracks(seriesId: string) {
  return getDb().track.findMany({
    where: { season: { seriesId } },
    orderBy: [{ season: { firstDate: "desc" } }, { position: "asc" }],
    select: { slug: true, name: true },
  });
}

export async function getDraftSession(actor: Actor, input: { sessionId: string }): Promise<DraftSessionEditorDto> {
  assertCan(actor, "schedule.edit");
  const { sessionId } = parseInput(sessionRefSchema, input);
  const db = getDb();
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      seriesId: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      isInPerson: true,
      isRemote: true,
      venueName: true,
      venueAddress: true,
      seats: true,
      remoteUrl: true,
      recordingUrl: true,
      slidesUrl: true,
      status: true,
      cancelReason: true,
      removedAt: true,
      editedByHandAt: true,
      series: { select: { slug: true, name: true } },
      track: { select: { slug: true, name: true } },
      slots: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          paper: { select: { title: true, url: true } },
          claims: {
            where: { status: { in: ACTIVE_CLAIM_STATUSES } },
            select: {
              status: true,
              inviteName: true,
              inviteAffiliation: true,
              user: { select: { name: true, affiliation: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!session) throw new AppError("not_found", "There is no such session.");
  const [tracks, others, suggestions] = await Promise.all([
    seriesTracks(session.seriesId),
    db.session.findMany({
      where: { seriesId: session.seriesId, removedAt: null, id: { not: session.id } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        startsAt: true,
        timeZone: true,
        track: { select: { slug: true, name: true } },
        slots: { orderBy: { position: "asc" }, take: 1, select: { paper: { select: { title: true } } } },
      },
    }),
    db.suggestion.findMany({
      where: {
        kind: "PAPER",
        status: "ACCEPTED",
        paperId: { not: null },
        OR: [{ trackId: null }, { track: { season: { seriesId: session.seriesId } } }],
      },
      orderBy: [{ voteCount: "desc" }, { createdAt: "asc" }],
      select: { id: true, title: true, paper: { select: { title: true } }, track: { select: { name: true } } },
    }),
  ]);
  const { date, time } = localParts(session.startsAt, session.timeZone);
  return {
    id: session.id,
    displayTitle: sessionTitle(session, session.series.name),
    startsAt: session.startsAt.toISOString(),
    values: {
      date,
      startTime: time,
      durationMinutes: Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000),
      timeZone: session.timeZone,
      title: session.title ?? "",
      description: session.description,
      track: session.track?.slug ?? "",
      isInPerson: session.isInPerson,
      isRemote: session.isRemote,
      venueName: session.venueName ?? "",
      venueAddress: session.venueAddress ?? "",
      seats: session.seats,
      remoteUrl: session.remoteUrl ?? "",
      recordingUrl: session.recordingUrl ?? "",
      slidesUrl: session.slidesUrl ?? "",
    },
    status: session.status === "CANCELLED" ? "cancelled" : session.status === "DRAFT" ? "draft" : "published",
    cancelReason: session.cancelReason,
    removed: session.removedAt !== null,
    editedByHand: session.editedByHandAt !== null,
    series: session.series,
    tracks,
    readings: session.slots.map((s) => ({ slotId: s.id, title: s.paper.title, url: s.paper.url, ...presenterOf(s.claims) })),
    otherSessions: others.map((o) => ({
      id: o.id,
      title: sessionTitle(o, session.series.name),
      startsAt: o.startsAt.toISOString(),
      timeZone: o.timeZone,
    })),
    suggestions: suggestions.map((s) => ({ id: s.id, title: s.paper?.title ?? s.title, track: s.track?.name ?? null })),
  };
}

/** The date "YYYY-MM-DD" of the first `weekday` (0 = Sunday) after today in `zone`. */
function nextWeekday(weekday: number, zone: string, now = appNow()): string {
  const [y, m, d] = dayKey(now, zone).split("-").map(Number);
  const today = new Date(Date.UTC(y, m - 1, d));
  const ahead = ((weekday - today.getUTCDay() + 6) % 7) + 1;
  today.setUTCDate(today.getUTCDate() + ahead);
  return dayKey(today, "UTC");
}

export type NewSessionDefaultsDto = {
  series: { slug: string; name: string };
  values: SessionFormValues;
  tracks: { slug: string; name: string }[];
};

export async function getNewSessionDefaults(actor: Actor, input: { series: string }): Promise<NewSessionDefaultsDto> {
  assertCan(actor, "schedule.edit");
  const slug = seriesOfAddress(input);
  const series = await getDb().series.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, ...SERIES_DEFAULTS_SELECT },
  });
  if (!series) throw new AppError("not_found", "There is no such series.");
  return {
    series: { slug: series.slug, name: series.name },
    values: {
      date: nextWeekday(series.defaultWeekday, series.timeZone),
      startTime: series.defaultStartTime,
      durationMinutes: series.defaultDurationMinutes,
      timeZone: series.timeZone,
      title: "",
      description: "",
      track: "",
      isInPerson: series.defaultInPerson,
      isRemote: series.defaultRemote,
      venueName: series.venueName ?? "",
      venueAddress: series.venueAddress ?? "",
      seats: series.seats,
      remoteUrl: series.remoteUrl ?? "",
      recordingUrl: "",
      slidesUrl: "",
    },
    tracks: await seriesTracks(series.id),
  };
}
