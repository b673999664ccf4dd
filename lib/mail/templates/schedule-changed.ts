// To a person with an RSVP to a changed session, or the speaker of a changed slot: what changed.
import type { Mail } from "../mail.ts";

export function scheduleChangedMail(d: { to: string; seriesName: string; version: number; lines: string[]; note: string; changesUrl: string }): Mail {
  return {
    to: d.to,
    subject: `${d.seriesName}: the schedule changed`,
    text:
      `The ${d.seriesName} schedule was updated (version ${d.version}). What changed for you:\n\n` +
      d.lines.map((l) => `- ${l}`).join("\n") +
      (d.note ? `\n\nFrom the organizers: ${d.note}` : "") +
      `\n\nEvery change: ${d.changesUrl}\n`,
  };
}
