// Runs before every page and API route: a fresh CSP nonce per request (Next.js puts it on its
// own scripts) and the security headers. Authorization is NOT done here: every domain function
// checks permission itself (docs/decisions/005-accounts-and-permissions.md). While the database
// is down, pages are answered with a 503 "back in a moment" page (docs/decisions/021).
import { NextResponse, type NextRequest } from "next/server";
import { missingCsrfCookie } from "@/lib/auth/missing-csrf-cookie.ts";
import { outageAnswer } from "@/lib/http/outage-answer.ts";
import { contentSecurityPolicy, securityHeaders } from "@/lib/http/security-headers.ts";

const OAUTH_ORIGINS: [string, string][] = [
  ["GITHUB_ID", "https://github.com"],
  ["DISCORD_ID", "https://discord.com"],
  ["GOOGLE_ID", "https://accounts.google.com"],
];

export async function proxy(request: NextRequest) {
  const isDev = process.env.NODE_ENV !== "production";
  const outage = await outageAnswer(request, request.nextUrl.pathname);
  if (outage) {
    for (const [name, value] of Object.entries(securityHeaders({ isProduction: !isDev }))) outage.headers.set(name, value);
    return outage;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, {
    isDev,
    formActionOrigins: OAUTH_ORIGINS.filter(([key]) => process.env[key]).map(([, origin]) => origin),
    upgradeInsecure: (process.env.APP_URL ?? "").startsWith("https://"),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // A signed-in browser without NextAuth's CSRF cookie gets one, seen by this render too.
  const csrf = missingCsrfCookie(request);
  if (csrf)
    requestHeaders.set("cookie", [request.headers.get("cookie"), `${csrf.name}=${encodeURIComponent(csrf.value)}`].filter(Boolean).join("; "));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (csrf) response.cookies.set({ name: csrf.name, value: csrf.value, httpOnly: true, sameSite: "lax", path: "/", secure: csrf.secure });
  for (const [name, value] of Object.entries(securityHeaders({ isProduction: !isDev }))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)" }],
};
