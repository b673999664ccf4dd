// The e2e sign-in fixture. It does what NextAuth does when someone signs in (lib/auth/options.ts,
// jwt callback): opens a server-side session (an auth_sessions row, written straight into the
// test server's database) and sets the signed session cookie, a NextAuth JWT carrying only the
// user id and that row's token, encoded with next-auth/jwt's `encode` and the server's
// AUTH_SECRET. The server checks it exactly as it checks any cookie (lib/auth/get-actor.ts).
// No sign-in page, no provider: works against the production build, which has no development
// sign-in. The real NextAuth flows (email link, sign-out, dev sign-in) have their own tests.
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { e2eAuthSecret, e2eBaseUrl, e2eDatabaseUrl } from "./support/e2e-env.ts";
import { systemNow } from "../../lib/time/clock.ts";

export const SESSION_COOKIE = "next-auth.session-token";
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60; // as lib/auth/auth-sessions.ts

let pool: pg.Pool | undefined;

/** The test server's database (one small pool per Playwright worker). */
export function e2eDb(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: e2eDatabaseUrl(), max: 2 });
  return pool;
}

/** The person with this email (created as a member if new, as the email sign-in would). */
export async function userIdFor(email: string): Promise<string> {
  const address = email.trim().toLowerCase();
  const { rows } = await e2eDb().query<{ id: string }>(
    `WITH created AS (
       INSERT INTO users (email, name) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING RETURNING id
     )
     SELECT id FROM created UNION ALL SELECT id FROM users WHERE email = $1`,
    [address, address.split("@")[0]],
  );
  return rows[0].id;
}

/** A signed session cookie value for this person, backed by a new auth_sessions row. */
export async function sessionCookieFor(email: string): Promise<{ userId: string; sessionToken: string; cookie: string }> {
  const userId = await userIdFor(email);
  const sessionToken = randomBytes(32).toString("base64url");
  await e2eDb().query(`INSERT INTO auth_sessions (session_token, user_id, expires) VALUES ($1, $2, $3)`, [
    sessionToken,
    userId,
    new Date(systemNow().getTime() + SESSION_MAX_AGE_SECONDS * 1000),
  ]);
  const cookie = await encode({ token: { sub: userId, sid: sessionToken }, secret: e2eAuthSecret, maxAge: SESSION_MAX_AGE_SECONDS });
  return { userId, sessionToken, cookie };
}

/** Puts a session cookie into a browser context, as NextAuth's Set-Cookie would. */
export async function setSessionCookie(context: BrowserContext, value: string) {
  await context.addCookies([{ name: SESSION_COOKIE, value, url: e2eBaseUrl, httpOnly: true, sameSite: "Lax" }]);
}

/** Signs a page's or context's browser in as this person (created if new). */
export async function signInAs(target: Page | BrowserContext, email: string) {
  const context = "context" in target ? target.context() : target;
  const session = await sessionCookieFor(email);
  await setSessionCookie(context, session.cookie);
  return session;
}

let counter = 0;
export function uniqueEmail(prefix = "e2e") {
  return `${prefix}-${systemNow().getTime().toString(36)}-${process.pid}-${++counter}@example.com`;
}
