// What rsvp_answer decided (prisma/sql/rsvp-answer.sql), and the answers that refuse, as the
// errors a person reads. Pure: the app and the front (decision 029) both use it.
import { AppError } from "../errors.ts";

export type Decision = {
  limited_since?: Date | null;
  outcome:
    "rate_limited" | "not_found" | "cancelled" | "closed" | "remote_only" | "in_person_only" | "no_rsvp" | "unchanged" | "changed" | "withdrawn";
  status: "CONFIRMED" | "WAITLISTED" | null;
  mode: "IN_PERSON" | "REMOTE" | null;
  position: number | null;
  promoted: string[];
};

export function refusal(outcome: Decision["outcome"], byOrganizer: boolean): AppError | null {
  switch (outcome) {
    case "not_found":
      return new AppError("not_found", "There is no such session.");
    case "cancelled":
      return new AppError("conflict", "This session is cancelled.");
    case "closed":
      return new AppError("conflict", "RSVPs closed when this session started.");
    case "remote_only":
      return new AppError("validation", "This session is remote only.", { mode: "This session is remote only." });
    case "in_person_only":
      return new AppError("validation", "This session is in person only.", { mode: "This session is in person only." });
    case "no_rsvp":
      return new AppError("not_found", byOrganizer ? "This person has no RSVP for this session." : "You have no RSVP for this session.");
    default:
      return null;
  }
}
