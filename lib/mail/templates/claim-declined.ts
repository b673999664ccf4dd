// To a volunteer whose claim an organizer declined, with the organizer's reason.
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function claimDeclinedMail(d: { to: string; paperTitle: string; startsAt: Instant; timeZone: string; reason: string }): Mail {
  return {
    to: d.to,
    subject: `About your claim on "${d.paperTitle}"`,
    text: `Your claim on "${d.paperTitle}" (${formatDayAndTime(d.startsAt, d.timeZone)}) was declined: ${d.reason}\n\nOther papers still need a speaker.`,
  };
}
