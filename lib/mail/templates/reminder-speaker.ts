// To a speaker a few days before their session (earlier when the series asks speakers to
// confirm): confirm if not done yet, bring slides, and add them to the site afterwards.
import { formatDayAndTime } from "../../time/format.ts";
import type { ReminderSession } from "../../reminders/reminder-facts.ts";
import type { Mail } from "../mail.ts";

export function speakerReminderMail(to: string, speakerId: string, s: ReminderSession, siteUrl: string): Mail {
  const mine = s.papers.filter((p) => p.presenterId === speakerId);
  const unconfirmed = s.confirmBy !== null && mine.some((p) => !p.presenterConfirmed);
  const titles = mine.map((p) => `- ${p.title}\n  ${p.url}`).join("\n");
  const mode = [s.isInPerson ? `in person${s.venueName ? ` at ${s.venueName}` : ""}` : null, s.isRemote ? "remotely" : null]
    .filter(Boolean)
    .join(" and ");
  return {
    to,
    subject: `${unconfirmed ? "Please confirm: you" : "You"} present on ${formatDayAndTime(s.startsAt, s.timeZone)}`,
    text:
      `Thank you for presenting at "${s.title}" (${s.seriesName}), ${formatDayAndTime(s.startsAt, s.timeZone)}, held ${mode}.\n\n` +
      `Your paper${mine.length > 1 ? "s" : ""}:\n${titles}\n\n` +
      (unconfirmed
        ? `Please confirm that you will present by ${formatDayAndTime(s.confirmBy!, s.timeZone)}, or the slot opens for someone else: ${siteUrl}/me\n\n`
        : "") +
      `Bring your slides${s.isRemote ? " (remote attendees see your shared screen)" : ""}. After the talk, add a link to them on ${siteUrl}/me so people can find them on the session page.\n\n` +
      `The session: ${s.url}\nIf you cannot present after all, tell the organizers or withdraw on ${siteUrl}/me as early as you can.\n`,
  };
}
