// To a person who RSVPed or changed their RSVP: where they stand, and the remote link, which
// only people with an RSVP ever receive (a waitlisted person is remote meanwhile).
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function rsvpReceivedMail(d: {
  to: string;
  sessionTitle: string;
  startsAt: Instant;
  timeZone: string;
  status: "confirmed" | "waitlisted";
  mode: "in_person" | "remote";
  position: number | null;
  venueName: string | null;
  remoteUrl: string | null;
  sessionUrl: string;
}): Mail {
  const when = formatDayAndTime(d.startsAt, d.timeZone);
  const where =
    d.mode === "remote"
      ? "You are joining remotely."
      : d.status === "confirmed"
        ? `You have a seat in person${d.venueName ? ` at ${d.venueName}` : ""}.`
        : `The room is full: you are number ${d.position} on the waitlist. When a seat frees up it goes to the next person in line, and we will email you.`;
  const remote = d.remoteUrl
    ? d.mode === "remote" || d.status === "confirmed"
      ? `\n\nJoin remotely: ${d.remoteUrl}`
      : `\n\nMeanwhile you can always join remotely: ${d.remoteUrl}`
    : "";
  return {
    to: d.to,
    subject: `${d.status === "waitlisted" ? "Waitlisted" : "You're going"}: ${d.sessionTitle}`,
    text: `"${d.sessionTitle}", ${when}.\n\n${where}${remote}\n\nChange or cancel your RSVP: ${d.sessionUrl}\n`,
  };
}
