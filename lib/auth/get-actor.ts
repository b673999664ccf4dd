// The signed-in person of the current request, or null. Reads the NextAuth cookie, checks
// its signature, then asks the database (session row, role, account not deleted) every time.
// Only the decryption of the cookie is remembered (per cookie value, until it expires): it is
// the same answer every time, and it cost about 1 ms of CPU per request (decision 022).
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { isDatabaseUnavailable } from "../db/errors.ts";
import type { Actor } from "./actor.ts";
import { SESSION_COOKIES } from "./auth-cookies.ts";
import { actorForSession } from "./auth-sessions.ts";
import { authSecret } from "./secret.ts";
import { systemNow } from "../time/clock.ts";

type SessionRef = { sub: string; sid: string; expiresAt: number };

const DECODED_MAX = 10_000;
const decoded = new Map<string, SessionRef>();

/** The user id and session row id a valid cookie names, or null (tampered, outdated, expired). */
async function sessionRef(value: string): Promise<SessionRef | null> {
  const key = `${authSecret()}\n${value}`;
  const known = decoded.get(key);
  if (known && known.expiresAt > systemNow().getTime()) return known;
  decoded.delete(key);
  const token = await decode({ token: value, secret: authSecret() });
  if (!token || typeof token.sub !== "string" || typeof token.sid !== "string" || typeof token.exp !== "number") return null;
  const ref = { sub: token.sub, sid: token.sid, expiresAt: token.exp * 1000 };
  if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  decoded.set(key, ref);
  return ref;
}

export async function actorFromCookie(value: string | undefined): Promise<Actor> {
  if (!value) return null;
  try {
    const ref = await sessionRef(value);
    return ref ? await actorForSession(ref.sub, ref.sid) : null;
  } catch (error) {
    // An outage is not "signed out": pages must not send a signed-in person to /signin.
    if (isDatabaseUnavailable(error)) throw error;
    return null; // a tampered or outdated cookie is simply not signed in
  }
}

export const getActor = cache(async (): Promise<Actor> => {
  const store = await cookies();
  const name = SESSION_COOKIES.find((n) => store.has(n));
  return actorFromCookie(name ? store.get(name)?.value : undefined);
});
