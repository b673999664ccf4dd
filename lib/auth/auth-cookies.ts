// The names of NextAuth's cookies this app reads (NextAuth v4 prefixes them on https), and its
// CSRF cookie: `<token>|sha256(<token><secret>)`, checked by NextAuth against the `csrfToken` field
// of every POST to /api/auth/* (the double-submit pattern). Pure: proxy.ts and pages use it.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];
export const CSRF_COOKIES = ["__Host-next-auth.csrf-token", "next-auth.csrf-token"];

const HEX_64 = /^[0-9a-f]{64}$/;

function csrfHash(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The token of a CSRF cookie value NextAuth accepts with this secret, or null. */
export function csrfTokenOf(value: string | undefined, secret: string): string | null {
  const [token, hash, ...rest] = value?.split("|") ?? [];
  if (rest.length > 0 || !token || !hash || !HEX_64.test(token) || !HEX_64.test(hash)) return null;
  return timingSafeEqual(Buffer.from(hash), Buffer.from(csrfHash(token, secret))) ? token : null;
}

/** A new CSRF cookie value, made as NextAuth makes it (32 random bytes, hex). */
export function newCsrfCookieValue(secret: string): string {
  const token = randomBytes(32).toString("hex");
  return `${token}|${csrfHash(token, secret)}`;
}
