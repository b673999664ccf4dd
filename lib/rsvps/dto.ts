// What RSVP functions answer: plain objects in the API's vocabulary.
import type { RsvpMode, RsvpStatus } from "../db/generated/enums.ts";

export type RsvpDto = {
  sessionId: string;
  status: "confirmed" | "waitlisted";
  mode: "in_person" | "remote";
  /** Place in the in-person line (1 is next); only while waitlisted. */
  position?: number;
};

export const MODE_OF = { in_person: "IN_PERSON", remote: "REMOTE" } as const satisfies Record<RsvpDto["mode"], RsvpMode>;

export function toRsvpDto(sessionId: string, row: { mode: RsvpMode; status: RsvpStatus }, position: number | null): RsvpDto {
  const dto: RsvpDto = {
    sessionId,
    status: row.status === "WAITLISTED" ? "waitlisted" : "confirmed",
    mode: row.mode === "IN_PERSON" ? "in_person" : "remote",
  };
  if (row.status === "WAITLISTED" && position !== null) dto.position = position;
  return dto;
}
