// Signed-in people for the bench: users and NextAuth sessions written straight into the
// database (as the e2e sign-in fixture does), each with the session cookie a browser would send.
import { encode } from "next-auth/jwt";
import { randomBytes } from "node:crypto";
import type pg from "pg";
import { newCsrfCookieValue } from "../lib/auth/auth-cookies.ts";
import { AUTH_SECRET } from "./app-server.ts";

export async function signedInPeople(db: pg.Client, count: number, label: string): Promise<{ id: string; cookie: string }[]> {
  const run = randomBytes(4).toString("hex");
  const people: { id: string; cookie: string }[] = [];
  for (let i = 0; i < count; i++) {
    const user = await db.query<{ id: string }>(`INSERT INTO users (email, name, updated_at) VALUES ($1, $2, now()) RETURNING id`, [
      `${label}-${run}-${i}@bench.test`,
      `${label} ${i}`,
    ]);
    const id = user.rows[0].id;
    people.push({ id, cookie: await cookieFor(db, id) });
  }
  return people;
}

/** The session cookie of an existing person (found by email), through a new NextAuth session. */
export async function memberCookie(db: pg.Client, email: string): Promise<string> {
  const user = await db.query<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]);
  if (!user.rows[0]) throw new Error(`No demo person ${email}: the bench needs the demo data.`);
  return cookieFor(db, user.rows[0].id);
}

/**
 * The cookies a signed-in browser sends: the session and NextAuth's CSRF cookie, which the app
 * (or the front) sets on the first page it gets and the browser then keeps sending.
 */
async function cookieFor(db: pg.Client, id: string): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await db.query(`INSERT INTO auth_sessions (session_token, user_id, expires) VALUES ($1, $2, now() + interval '1 day')`, [sid, id]);
  const session = await encode({ token: { sub: id, sid }, secret: AUTH_SECRET });
  return `next-auth.session-token=${session}; next-auth.csrf-token=${encodeURIComponent(newCsrfCookieValue(AUTH_SECRET))}`;
}
