import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csrfTokenOf, newCsrfCookieValue } from "../../lib/auth/auth-cookies.ts";

// NextAuth's own check of its CSRF cookie, the one POST /api/auth/signout runs (not exported).
const require = createRequire(import.meta.url);
const { createCSRFToken } = require(path.join(path.dirname(require.resolve("next-auth")), "core/lib/csrf-token.js")) as {
  createCSRFToken: (args: { options: { secret: string }; cookieValue?: string; isPost: boolean; bodyValue?: string }) => {
    csrfToken: string;
    csrfTokenVerified?: boolean;
    cookie?: string;
  };
};

const SECRET = "unit-secret-0123456789abcdef0123456789abcdef";

describe("NextAuth's CSRF cookie", () => {
  it("makes cookies NextAuth accepts, and reads the token NextAuth then expects in the form", () => {
    const value = newCsrfCookieValue(SECRET);
    const token = csrfTokenOf(value, SECRET);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(createCSRFToken({ options: { secret: SECRET }, cookieValue: value, isPost: true, bodyValue: token! }).csrfTokenVerified).toBe(true);
    expect(newCsrfCookieValue(SECRET)).not.toBe(value);
  });

  it("reads the token of a cookie NextAuth made", () => {
    const made = createCSRFToken({ options: { secret: SECRET }, isPost: false });
    expect(csrfTokenOf(made.cookie, SECRET)).toBe(made.csrfToken);
  });

  it("refuses cookies made with another secret, tampered, or malformed", () => {
    const value = newCsrfCookieValue(SECRET);
    const [token, hash] = value.split("|");
    expect(csrfTokenOf(value, "another-secret-0123456789abcdef0123456789")).toBeNull();
    expect(csrfTokenOf(`${"0".repeat(64)}|${hash}`, SECRET)).toBeNull();
    expect(csrfTokenOf(`${token}|${"0".repeat(64)}`, SECRET)).toBeNull();
    for (const bad of [undefined, "", token, `${token}|`, `|${hash}`, `${value}|x`, `${token.toUpperCase()}|${hash}`, `<b>|${hash}`]) {
      expect(csrfTokenOf(bad, SECRET)).toBeNull();
    }
  });
});
