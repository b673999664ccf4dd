// The message /signin shows for ?error=… (NextAuth's error codes and our sign-in limits).
import { z } from "zod";

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That sign-in did not work. Check the address and try again.",
  EmailSignin: "We could not send the sign-in email. Please try again in a moment.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email is already used with another way of signing in. Use the way you used before.",
  default: "Sign-in did not work. Please try again.",
};

/** ?error= codes for the sign-in email limits (lib/auth/sign-in-limits.ts). */
export const RATE_LIMIT_ERRORS = {
  address: "TooManyEmailsForAddress",
  client: "TooManyEmailsFromClient",
} as const;

const minutesSchema = z.coerce
  .number()
  .int()
  .min(1)
  .max(24 * 60)
  .catch(60);

export function tooManyEmailsMessage(scope: keyof typeof RATE_LIMIT_ERRORS, minutes: number): string {
  const wait = `Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  return scope === "address" ? `Too many sign-in emails for this address. ${wait}` : `Too many sign-in emails from your network. ${wait}`;
}

export function signInErrorMessage(params: Record<string, string | string[] | undefined>): string | null {
  const code = params.error;
  if (code === undefined || code === "") return null;
  if (typeof code !== "string") return ERRORS.default;
  const minutes = minutesSchema.parse(params.minutes);
  if (code === RATE_LIMIT_ERRORS.address) return tooManyEmailsMessage("address", minutes);
  if (code === RATE_LIMIT_ERRORS.client) return tooManyEmailsMessage("client", minutes);
  return ERRORS[code] ?? ERRORS.default;
}
