// The signed-in person of the current request, or null. Reads the NextAuth cookie, checks
// its signature, then asks the database (session row, role, account not deleted) every time.
// Only the decryption of the cookie is remembered (lib/auth/session-cookie.ts, decision 022).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { isDatabaseUnavailable } from "../db/errors.ts";
import type { Actor } from "./actor.ts";
import { SESSION_COOKIES } from "./auth-cookies.ts";
import { actorForSession } from "./auth-sessions.ts";
import { authSecret } from "./secret.ts";
import { sessionRef } from "./session-cookie.ts";

export async function actorFromCookie(value: string | undefined): Promise<Actor> {
  if (!value) return null;
  try {
    const ref = await sessionRef(value, authSecret());
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
