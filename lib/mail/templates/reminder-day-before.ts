// The day before a session, to each person with an RSVP (unless they turned it off on /me).
import { dayKey, formatDayAndTime } from "../../time/format.ts";
import type { Attendance, ReminderSession } from "../../reminders/reminder-facts.ts";
import type { Mail } from "../mail.ts";
import { changeRsvp, paperLines, whereYouAre } from "./reminder-parts.ts";

export function dayBeforeMail(to: string, s: ReminderSession, a: Attendance, now: Date): Mail {
  // Sent up to two hours before: late in the window the session may be today, in its own zone.
  const day = dayKey(now, s.timeZone) === dayKey(s.startsAt, s.timeZone) ? "today" : "tomorrow";
  return {
    to,
    subject: `${day === "today" ? "Today" : "Tomorrow"}: ${s.title}`,
    text:
      `A reminder: "${s.title}" (${s.seriesName}) is ${day}, ${formatDayAndTime(s.startsAt, s.timeZone)}.\n\n` +
      `${whereYouAre(s, a)}\n\n` +
      (s.papers.length ? `On the programme:\n${paperLines(s.papers)}\n\n` : "") +
      `The session: ${s.url}\nAdd it to your calendar: ${s.calendarUrl}\n\n${changeRsvp(s)}\n`,
  };
}
