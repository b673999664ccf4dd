// How many sign-in emails may go out: per address (so nobody's inbox can be flooded) and per
// client (so one machine cannot mail many addresses). Counted in PostgreSQL (lib/rate-limit),
// shared by every app instance. docs/decisions/011-sign-in-limits.md
import "server-only";
import { getDb } from "../db/index.ts";
import { AppError } from "../errors.ts";
import { consumeLimit, minutesToWait, QUEUED_TRANSACTION, type Limit } from "../rate-limit/sliding-window.ts";
import { tooManyEmailsMessage } from "./sign-in-errors.ts";
import { appNow } from "../time/clock.ts";

const HOUR = 60 * 60 * 1000;
export const SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR = 5;
export const SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR = 20;

export const signInLimits = {
  address: {
    name: "signin-email:address",
    max: SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR,
    message: (s) => tooManyEmailsMessage("address", minutesToWait(s)),
  },
  client: {
    name: "signin-email:client",
    max: SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR,
    windowMs: HOUR,
    message: (s) => tooManyEmailsMessage("client", minutesToWait(s)),
  },
  // The last line of defence inside NextAuth's sendVerificationRequest: mails actually sent.
  sent: {
    name: "signin-email:sent",
    max: SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR,
    windowMs: HOUR,
    message: (s) => tooManyEmailsMessage("address", minutesToWait(s)),
  },
} satisfies Record<string, Limit>;

export type SignInLimitScope = "address" | "client";

/** A refused sign-in email: which limit, and the error to answer with. */
export class SignInLimitError extends AppError {
  constructor(
    readonly scope: SignInLimitScope,
    cause: AppError,
  ) {
    super("rate_limited", cause.message, undefined, cause.details);
  }

  get retryAfterSeconds(): number {
    const value = this.details?.retryAfterSeconds;
    return typeof value === "number" ? value : 3600;
  }
}

/**
 * Counts a request for a sign-in email to `address` from `client`, or throws SignInLimitError
 * (counting nothing) when either limit is reached. `address` is normalised as NextAuth does.
 */
export async function consumeSignInEmailRequest(input: { address: string; client: string }, now = appNow()): Promise<void> {
  await getDb().$transaction(async (tx) => {
    // Always address first, then client: the same lock order everywhere, so no deadlock.
    for (const scope of ["address", "client"] as const) {
      try {
        await consumeLimit(tx, signInLimits[scope], scope === "address" ? input.address : input.client, now);
      } catch (error) {
        if (error instanceof AppError && error.code === "rate_limited") throw new SignInLimitError(scope, error);
        throw error;
      }
    }
  }, QUEUED_TRANSACTION);
}

/** Counts a sign-in email about to be sent (the defence behind the route's check). */
export async function recordSignInEmail(input: { address: string }, now = appNow()): Promise<void> {
  await getDb().$transaction((tx) => consumeLimit(tx, signInLimits.sent, input.address, now), QUEUED_TRANSACTION);
}
