// What a NextAuth session cookie names: the user id and the id of its auth_sessions row, read
// from the signed, encrypted cookie (NextAuth's JWT). Only the decryption is remembered (per
// secret and cookie value, until the cookie expires): it is the same answer every time and it
// costs about 1 ms of CPU (decision 022). The row itself is checked by the caller, every time.
// No Next.js APIs here: the app (get-actor.ts) and the front (lib/front/personal-layer.ts) use it.
import { decode } from "next-auth/jwt";
import { systemNow } from "../time/clock.ts";
import { SESSION_COOKIES } from "./auth-cookies.ts";

export type SessionRef = { sub: string; sid: string; expiresAt: number };

const DECODED_MAX = 10_000;
const decoded = new Map<string, SessionRef>();

/** The user id and session row id a valid cookie names, or null (tampered, outdated, expired). */
export async function sessionRef(value: string, secret: string): Promise<SessionRef | null> {
  const key = `${secret}\n${value}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > systemNow().getTime()) return known;
  decoded.delete(key);
  let token;
  try {
    token = await decode({ token: value, secret });
  } catch {
    return null;
  }
  if (!token || typeof token.sub !== "string" || typeof token.sid !== "string" || typeof token.exp !== "number") return null;
  const ref = { sub: token.sub, sid: token.sid, expiresAt: token.exp * 1000 };
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, ref);
  return ref;
}

/** The value of the session cookie in a Cookie header, or undefined. */
export function sessionCookieValue(cookieHeader: string | undefined): string | undefined {
  return cookieValue(cookieHeader, SESSION_COOKIES);
}

/** The first of `names` set in a Cookie header (values as the browser sent them). */
export function cookieValue(cookieHeader: string | undefined, names: readonly string[]): string | undefined {
  if (!cookieHeader) return undefined;
  const found = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) found.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  for (const name of names) {
    const value = found.get(name);
    if (value) {
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
  }
  return undefined;
}
