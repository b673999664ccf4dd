// Real sign-in sessions for integration tests: an auth_sessions row and the signed NextAuth
// cookie that getActor() reads, served through a stand-in for next/headers' cookies().
import { encode } from "next-auth/jwt";
import { createAuthSession } from "../../lib/auth/auth-sessions.ts";
import { authSecret } from "../../lib/auth/secret.ts";

export const COOKIE_NAME = "next-auth.session-token";

export async function sessionCookieFor(userId: string): Promise<string> {
  const sid = await createAuthSession(userId);
  return encode({ token: { sub: userId, sid }, secret: authSecret() });
}

/** The cookie jar that the mocked next/headers serves; set `.value` per request. */
export const cookieJar: { value: string | undefined } = { value: undefined };

export function mockedCookieStore() {
  return {
    has: (name: string) => name === COOKIE_NAME && cookieJar.value !== undefined,
    get: (name: string) => (name === COOKIE_NAME && cookieJar.value !== undefined ? { name, value: cookieJar.value } : undefined),
    getAll: () => (cookieJar.value !== undefined ? [{ name: COOKIE_NAME, value: cookieJar.value }] : []),
    set: () => {},
    delete: (name: string) => {
      if (name === COOKIE_NAME) cookieJar.value = undefined;
    },
  };
}
