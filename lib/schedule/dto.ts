// What the schedule's read functions return: plain objects, never database rows.
import { TZDate } from "@date-fns/tz";
import type { ClaimStatus } from "../db/generated/enums.ts";

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
