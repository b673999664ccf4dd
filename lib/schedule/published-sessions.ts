// Turns published sessions (from the latest publications) into what pages and the API show,
// with what is live by nature laid over them: seats and seats left, presenters as claims are decided,
// recordings and slides added after the session. Everything else is exactly as published.
import "server-only";
import { getDb } from "../db/index.ts";
import { sessionTitle } from "../publications/diff-snapshots.ts";
import type { ScheduleSnapshot, SnapshotSession } from "../publications/snapshot.ts";
import { ACTIVE_CLAIM_STATUSES, isoInZone, presenterOf, type SessionDto, type SlotDto } from "./dto.ts";
import { appNow } from "../time/clock.ts";

export type PublishedSession = { series: ScheduleSnapshot["series"]; session: SnapshotSession };

export function publishedSessionsOf(snapshots: ScheduleSnapshot[]): PublishedSession[] {
  return snapshots
    .flatMap((snapshot) => snapshot.sessions.map((session) => ({ series: snapshot.series, session })))
    .sort((a, b) => a.session.startsAt.localeCompare(b.session.startsAt) || a.session.id.localeCompare(b.session.id));
}

export async function toPublishedDtos(items: PublishedSession[], now = appNow()): Promise<SessionDto[]> {
  if (items.length === 0) return [];
  const db = getDb();
  const slotIds = items.flatMap((i) => i.session.slots.map((s) => s.id));
  const [sessions, slots] = await Promise.all([
    db.session.findMany({
      where: { id: { in: items.map((i) => i.session.id) } },
      select: { id: true, seats: true, inPersonConfirmed: true, recordingUrl: true, slidesUrl: true },
    }),
    db.slot.findMany({
      where: { id: { in: slotIds } },
      select: {
        id: true,
        slidesUrl: true,
        claims: {
          where: { status: { in: ACTIVE_CLAIM_STATUSES } },
          select: { status: true, inviteName: true, inviteAffiliation: true, user: { select: { name: true, affiliation: true, deletedAt: true } } },
        },
      },
    }),
  ]);
  const liveSessions = new Map(sessions.map((s) => [s.id, s]));
  const liveSlots = new Map(slots.map((s) => [s.id, s]));
  return items.map(({ series, session: s }) => {
    const live = liveSessions.get(s.id);
    return {
      id: s.id,
      title: sessionTitle(s, series.name),
      description: s.description,
      series: { slug: series.slug, name: series.name },
      track: s.track,
      startsAt: isoInZone(new Date(s.startsAt), s.timeZone),
      endsAt: isoInZone(new Date(s.endsAt), s.timeZone),
      timeZone: s.timeZone,
      isInPerson: s.isInPerson,
      isRemote: s.isRemote,
      venue: s.isInPerson && s.venueName ? { name: s.venueName, address: s.venueAddress } : null,
      // The seat count is live like the RSVPs it limits: more seats go to the line at once (lib/rsvps).
      seats: s.isInPerson ? (live?.seats ?? s.seats) : null,
      seatsLeft: s.isInPerson && (live?.seats ?? s.seats) !== null ? Math.max(0, (live?.seats ?? s.seats)! - (live?.inPersonConfirmed ?? 0)) : null,
      status: s.status,
      cancelReason: s.status === "cancelled" ? s.cancelReason : null,
      recordingUrl: live?.recordingUrl ?? null,
      slidesUrl: live?.slidesUrl ?? null,
      pairedSessionId: s.pairedSessionId,
      isPast: new Date(s.endsAt).getTime() < now.getTime(),
      slots: s.slots.map((slot): SlotDto => {
        const liveSlot = liveSlots.get(slot.id);
        const speaker = liveSlot
          ? presenterOf(liveSlot.claims)
          : { speakerStatus: slot.presenter ? ("confirmed" as const) : ("open" as const), presenter: slot.presenter };
        return {
          id: slot.id,
          position: slot.position,
          durationMinutes: slot.durationMinutes,
          paper: slot.paper,
          slidesUrl: liveSlot?.slidesUrl ?? null,
          ...speaker,
        };
      }),
    };
  });
}
