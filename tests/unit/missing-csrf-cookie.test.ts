import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { csrfTokenOf, newCsrfCookieValue } from "../../lib/auth/auth-cookies.ts";
import { missingCsrfCookie } from "../../lib/auth/missing-csrf-cookie.ts";
import { authSecret } from "../../lib/auth/secret.ts";

const request = (path: string, cookie?: string, more: Record<string, string> = {}) =>
  new NextRequest(`http://paperclub.test${path}`, { headers: { ...(cookie ? { cookie } : {}), ...more } });
const SESSION = "next-auth.session-token=any-signed-value";

describe("the CSRF cookie proxy.ts issues", () => {
  it("is issued to a signed-in browser without one, in NextAuth's format", () => {
    const issued = missingCsrfCookie(request("/schedule", SESSION));
    expect(issued).toMatchObject({ name: "next-auth.csrf-token", secure: false });
    expect(csrfTokenOf(issued!.value, authSecret())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("replaces one NextAuth would refuse, and keeps one it accepts", () => {
    expect(
      missingCsrfCookie(request("/", `${SESSION}; next-auth.csrf-token=${encodeURIComponent(`${"a".repeat(64)}|${"b".repeat(64)}`)}`)),
    ).not.toBeNull();
    expect(missingCsrfCookie(request("/", `${SESSION}; next-auth.csrf-token=${encodeURIComponent(newCsrfCookieValue(authSecret()))}`))).toBeNull();
  });

  it("is not issued to visitors (their pages stay cacheable) nor on NextAuth's own routes", () => {
    expect(missingCsrfCookie(request("/schedule"))).toBeNull();
    expect(missingCsrfCookie(request("/api/auth/signout", SESSION))).toBeNull();
  });

  it("takes NextAuth's __Host- name on an https site (the site's origin, as NextAuth is given it)", () => {
    const https = { host: "club.example", "x-forwarded-proto": "https" };
    expect(missingCsrfCookie(request("/", SESSION, https))).toMatchObject({ name: "__Host-next-auth.csrf-token", secure: true });
  });
});
