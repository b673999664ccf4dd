// To a member an organizer put down as a slot's presenter.
import { formatDayAndTime, type Instant } from "../../time/format.ts";
import type { Mail } from "../mail.ts";

export function speakerAssignedMail(d: { to: string; paperTitle: string; startsAt: Instant; timeZone: string }): Mail {
  return {
    to: d.to,
    subject: `You are presenting "${d.paperTitle}"`,
    text: `An organizer has put you down to present "${d.paperTitle}" at Paper Club on ${formatDayAndTime(d.startsAt, d.timeZone)}. Thank you!`,
  };
}
