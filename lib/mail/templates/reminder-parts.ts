// Pieces the reminder emails share: where and how to join, and the papers with their presenters.
import { formatDate } from "../../time/format.ts";
import type { Attendance, ReminderPaper, ReminderSession } from "../../reminders/reminder-facts.ts";

/** Where this person is expected: their seat, the waitlist (remote meanwhile) or the remote link. */
export function whereYouAre(s: ReminderSession, a: Attendance): string {
  const venue = [s.venueName, s.venueAddress].filter(Boolean).join(", ");
  const remote = s.remoteUrl ? `Join remotely: ${s.remoteUrl}` : "The remote link will be on the session page.";
  if (a.mode === "IN_PERSON" && a.status === "CONFIRMED") return `You have a seat in person${venue ? ` at ${venue}` : ""}.`;
  if (a.mode === "IN_PERSON")
    return `You are on the waitlist for a seat; if one frees up we will email you.${s.isRemote ? ` Meanwhile: ${remote}` : ""}`;
  return remote;
}

export function paperLines(papers: ReminderPaper[], options: { withEarlier?: boolean } = {}): string {
  return papers
    .map((p) => {
      const by = p.authors.length
        ? ` (${p.authors.slice(0, 3).join(", ")}${p.authors.length > 3 ? " et al." : ""}${p.year ? `, ${p.year}` : ""})`
        : "";
      const lines = [`- ${p.title}${by}`, `  ${p.url}`];
      if (p.presenter) lines.push(`  Presented by ${p.presenter}`);
      if (options.withEarlier)
        for (const e of p.earlier) {
          const what = [e.recordingUrl ? `recording: ${e.recordingUrl}` : null, e.slidesUrl ? `slides: ${e.slidesUrl}` : null]
            .filter(Boolean)
            .join(", ");
          lines.push(`  Discussed before on ${formatDate(e.startsAt, e.timeZone)}: ${what}`);
        }
      return lines.join("\n");
    })
    .join("\n");
}

export const changeRsvp = (s: ReminderSession) => `Can't make it? Change or cancel your RSVP so someone else gets the seat: ${s.url}`;
