// An hour before a session, to each person with an RSVP: how to get in.
import { formatTime } from "../../time/format.ts";
import type { Attendance, ReminderSession } from "../../reminders/reminder-facts.ts";
import type { Mail } from "../mail.ts";
import { changeRsvp, whereYouAre } from "./reminder-parts.ts";

export function hourBeforeMail(to: string, s: ReminderSession, a: Attendance): Mail {
  return {
    to,
    subject: `Starting at ${formatTime(s.startsAt, s.timeZone)}: ${s.title}`,
    text: `"${s.title}" starts in about an hour, at ${formatTime(s.startsAt, s.timeZone)}.\n\n${whereYouAre(s, a)}\n\nThe session: ${s.url}\n\n${changeRsvp(s)}\n`,
  };
}
