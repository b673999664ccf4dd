// To a volunteer whose claim was released on its own (not approved in time, or unconfirmed).
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function claimReleasedMail(d: { to: string; paperTitle: string; startsAt: Instant; timeZone: string; reason: string }): Mail {
  return {
    to: d.to,
    subject: `Your claim on "${d.paperTitle}" was released`,
    text:
      `Your claim on "${d.paperTitle}" (${formatDayAndTime(d.startsAt, d.timeZone)}) was released (${d.reason}), so the paper is open to other volunteers again. ` +
      `You are welcome to claim it again if it is still open.`,
  };
}
