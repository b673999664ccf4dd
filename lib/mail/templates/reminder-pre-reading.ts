// A few days before a session, to each person with an RSVP: the papers to read, with the
// recording and slides of any earlier session on the same paper.
import { formatDayAndTime } from "../../time/format.ts";
import type { ReminderSession } from "../../reminders/reminder-facts.ts";
import type { Mail } from "../mail.ts";
import { paperLines } from "./reminder-parts.ts";

export function preReadingMail(to: string, s: ReminderSession): Mail {
  return {
    to,
    subject: `To read before ${s.title}`,
    text:
      `"${s.title}" is on ${formatDayAndTime(s.startsAt, s.timeZone)}. The papers, if you want to read ahead:\n\n` +
      `${paperLines(s.papers, { withEarlier: true })}\n\nThe session: ${s.url}\n`,
  };
}
