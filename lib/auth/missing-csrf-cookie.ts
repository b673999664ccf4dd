// NextAuth's CSRF cookie lasts one browser session; the session cookie lasts 30 days. A signed-in
// browser that comes back without the CSRF cookie (after a restart) gets a new one from proxy.ts
// before the page renders, so the header's sign-out form (components/sign-out-button.tsx)
// carries a token NextAuth accepts: signing out takes one click and no JavaScript. NextAuth
// checks it as its own (same format, same secret): the CSRF protection is unchanged.
import "server-only";
import type { NextRequest } from "next/server";
import { CSRF_COOKIES, csrfTokenOf, newCsrfCookieValue, SESSION_COOKIES } from "./auth-cookies.ts";
import { siteOrigin } from "../http/site-origin.ts";
import { authSecret } from "./secret.ts";

export type CsrfCookie = { name: string; value: string; secure: boolean };

/** The CSRF cookie this request needs (signed in, none valid, not NextAuth's own route), or null. */
export function missingCsrfCookie(request: NextRequest): CsrfCookie | null {
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return null; // NextAuth sets its own there
  if (!SESSION_COOKIES.some((name) => request.cookies.has(name))) return null;
  const secret = authSecret();
  if (CSRF_COOKIES.some((name) => csrfTokenOf(request.cookies.get(name)?.value, secret))) return null;
  // The name NextAuth reads: __Host- prefixed when the site's origin is https (next-auth's cookie.js).
  const secure = siteOrigin(request.headers).startsWith("https://");
  return { name: secure ? CSRF_COOKIES[0] : CSRF_COOKIES[1], value: newCsrfCookieValue(secret), secure };
}
