// To a volunteer whose claim an organizer approved.
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function claimApprovedMail(d: { to: string; paperTitle: string; startsAt: Instant; timeZone: string }): Mail {
  return {
    to: d.to,
    subject: `You are presenting "${d.paperTitle}"`,
    text: `Thank you for volunteering! Your talk on "${d.paperTitle}" (${formatDayAndTime(d.startsAt, d.timeZone)}) is confirmed.`,
  };
}
