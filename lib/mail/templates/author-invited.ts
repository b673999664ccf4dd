// To an outside author invited to present their paper; the link carries the invitation token.
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function authorInvitedMail(d: { to: string; name: string; paperTitle: string; startsAt: Instant; timeZone: string; inviteUrl: string }): Mail {
  return {
    to: d.to,
    subject: `Would you present "${d.paperTitle}" at Paper Club?`,
    text:
      `Hello ${d.name},\n\nWe would love you to present "${d.paperTitle}" at Paper Club on ${formatDayAndTime(d.startsAt, d.timeZone)}.\n` +
      `Open this link to accept (you will be asked to sign in with this email or any other):\n\n${d.inviteUrl}\n`,
  };
}
