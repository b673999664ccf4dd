// To the first person in line when an in-person seat frees up: the waitlist moved by itself.
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function seatAvailableMail(d: {
  to: string;
  sessionTitle: string;
  startsAt: Instant;
  timeZone: string;
  venueName: string | null;
  sessionUrl: string;
}): Mail {
  return {
    to: d.to,
    subject: `You have a seat: ${d.sessionTitle}`,
    text:
      `A seat freed up and it is yours: you are confirmed in person for "${d.sessionTitle}", ` +
      `${formatDayAndTime(d.startsAt, d.timeZone)}${d.venueName ? ` at ${d.venueName}` : ""}.\n\n` +
      `If you cannot come after all, switch to remote or cancel so the next person gets the seat: ${d.sessionUrl}\n`,
  };
}
