// How often one person may vote, claim, RSVP and suggest: sized so that nobody clicking by hand
// ever meets a limit, while a script is stopped within seconds. Each is counted per person (the
// actor's id) in PostgreSQL, so every app instance shares the count.
// docs/decisions/019-action-limits.md (sign-in email limits: lib/auth/sign-in-limits.ts)
import { minutesToWait, type Limit } from "./sliding-window.ts";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export const SUGGESTIONS_PER_HOUR = 20;

function tooOften(retryAfterSeconds: number): string {
  const minutes = minutesToWait(retryAfterSeconds);
  return `You're doing that too often — try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

export const ACTION_LIMITS = {
  /** Upvotes and taking votes back, together: 60 in any 10 minutes. */
  vote: { name: "vote", max: 60, windowMs: 10 * MINUTE, message: tooOften },
  /** Claiming slots and withdrawing one's claims, together: 20 in any hour. */
  claim: { name: "claim", max: 20, windowMs: HOUR, message: tooOften },
  /** One's own RSVP answers, changes and cancellations, together: 30 in any 10 minutes. */
  rsvp: { name: "rsvp", max: 30, windowMs: 10 * MINUTE, message: tooOften },
  /** Suggestions (papers and topics): counted from the person's own suggestions, not hits. */
  suggest: {
    name: "suggest",
    max: SUGGESTIONS_PER_HOUR,
    windowMs: HOUR,
    message: (retryAfter) =>
      `You have made ${SUGGESTIONS_PER_HOUR} suggestions in the last hour. Please try again in ${minutesToWait(retryAfter)} minutes.`,
  },
} satisfies Record<string, Limit>;
