// What the schedule's read functions return: plain objects, never database rows.
import { TZDate } from "@date-fns/tz";
import type { ClaimStatus, SessionStatus } from "../db/generated/enums.ts";

export type PresenterDto = { name: string; affiliation: string | null; isOutsideAuthor: boolean };

export type SlotDto = {
  id: string;
  position: number;
  durationMinutes: number;
  paper: {
    id: string;
    title: string;
    authors: string[];
    year: number | null;
    url: string;
    arxivId: string | null;
    canonicalId: string;
  };
  /** open: needs a speaker; pending: claimed, awaiting approval; confirmed: has its presenter. */
  speakerStatus: "open" | "pending" | "confirmed";
  presenter: PresenterDto | null;
  slidesUrl: string | null;
};

export type SessionDto = {
  id: string;
  title: string;
  description: string;
  series: { slug: string; name: string };
  track: { slug: string; name: string } | null;
  /** ISO 8601 with the offset of the session's time zone. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  venue: { name: string; address: string | null } | null;
  seats: number | null;
  seatsLeft: number | null;
  status: "published" | "cancelled";
  cancelReason: string | null;
  recordingUrl: string | null;
  slidesUrl: string | null;
  pairedSessionId: string | null;
  isPast: boolean;
  slots: SlotDto[];
};

export function isoInZone(instant: Date, timeZone: string): string {
  return new TZDate(instant.getTime(), timeZone).toISOString();
}

export const ACTIVE_CLAIM_STATUSES: ClaimStatus[] = ["INVITED", "PENDING", "APPROVED"];

type ClaimRow = {
  status: ClaimStatus;
  inviteName: string | null;
  inviteAffiliation: string | null;
  user: { name: string | null; affiliation: string | null; deletedAt: Date | null } | null;
};

export function presenterOf(claims: ClaimRow[]): Pick<SlotDto, "speakerStatus" | "presenter"> {
  const approved = claims.find((c) => c.status === "APPROVED");
  if (approved) {
    const fromUser = approved.user && !approved.user.deletedAt;
    return {
      speakerStatus: "confirmed",
      presenter: {
        // An invited author is shown as the organizer introduced them.
        name: approved.inviteName ?? (fromUser ? approved.user!.name : null) ?? "A member",
        affiliation: approved.inviteAffiliation ?? (fromUser ? approved.user!.affiliation : null) ?? null,
        isOutsideAuthor: !approved.user,
      },
    };
  }
  if (claims.some((c) => c.status === "PENDING" || c.status === "INVITED")) return { speakerStatus: "pending", presenter: null };
  return { speakerStatus: "open", presenter: null };
}

type SessionRow = {
  id: string;
  title: string | null;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  isInPerson: boolean;
  isRemote: boolean;
  venueName: string | null;
  venueAddress: string | null;
  seats: number | null;
  inPersonConfirmed: number;
  status: SessionStatus;
  cancelReason: string | null;
  recordingUrl: string | null;
  slidesUrl: string | null;
  pairedSessionId: string | null;
  /** Sessions that point at this one as their other section. */
  pairedWith: { id: string }[];
  series: { slug: string; name: string };
  track: { slug: string; name: string } | null;
  slots: {
    id: string;
    position: number;
    durationMinutes: number;
    slidesUrl: string | null;
    paper: SlotDto["paper"];
    claims: ClaimRow[];
  }[];
};

export function toSessionDto(row: SessionRow, now = new Date()): SessionDto {
  const slots = [...row.slots].sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    title: row.title ?? row.track?.name ?? slots[0]?.paper.title ?? row.series.name,
    description: row.description,
    series: row.series,
    track: row.track,
    startsAt: isoInZone(row.startsAt, row.timeZone),
    endsAt: isoInZone(row.endsAt, row.timeZone),
    timeZone: row.timeZone,
    isInPerson: row.isInPerson,
    isRemote: row.isRemote,
    venue: row.isInPerson && row.venueName ? { name: row.venueName, address: row.venueAddress } : null,
    seats: row.isInPerson ? row.seats : null,
    seatsLeft: row.isInPerson && row.seats !== null ? Math.max(0, row.seats - row.inPersonConfirmed) : null,
    status: row.status === "CANCELLED" ? "cancelled" : "published",
    cancelReason: row.status === "CANCELLED" ? row.cancelReason : null,
    recordingUrl: row.recordingUrl,
    slidesUrl: row.slidesUrl,
    pairedSessionId: row.pairedSessionId ?? row.pairedWith[0]?.id ?? null,
    isPast: row.endsAt.getTime() < now.getTime(),
    slots: slots.map((s) => ({
      id: s.id,
      position: s.position,
      durationMinutes: s.durationMinutes,
      paper: s.paper,
      slidesUrl: s.slidesUrl,
      ...presenterOf(s.claims),
    })),
  };
}
