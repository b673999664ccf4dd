// Where to go after sign-in: only a path on this site, however the value is disguised.
import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "../../lib/http/safe-redirect.ts";

const origin = "https://club.example";

describe("safeRedirectPath", () => {
  it.each([
    ["/me", "/me"],
    ["/sessions/abc?tab=slides#notes", "/sessions/abc?tab=slides#notes"],
    ["/invite/x%2Fy", "/invite/x%2Fy"],
    ["/papers/../me", "/me"],
    ["https://club.example/organize?x=1", "/organize?x=1"],
    ["me", "/me"], // relative to the site's root
    ["https:evil.example", "/evil.example"], // same scheme without slashes: a path, as browsers read it
  ])("keeps the same-origin path %j as %j", (value, expected) => {
    expect(safeRedirectPath(value, { origin })).toBe(expected);
  });

  it.each([
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["\t//evil.example"],
    [" //evil.example"],
    ["//evil.example"],
    ["///evil.example"],
    ["/\\/evil.example"],
    ["https://evil.example/me"],
    ["http://club.example/me"], // other scheme, other origin
    ["https://club.example.evil.example/"],
    ["https://user:pass@club.example/me"],
    ["javascript:alert(1)"],
    ["JaVaScRiPt:alert(1)"],
    ["data:text/html,<script>alert(1)</script>"],
    ["http://[::1"],
    [""],
    [undefined],
    [null],
    [["/me"]],
  ])("refuses %j", (value) => {
    expect(safeRedirectPath(value, { origin })).toBe("/");
  });

  it("refuses an absurdly long value", () => {
    expect(safeRedirectPath("/" + "a".repeat(3000), { origin })).toBe("/");
  });

  it("uses the given fallback, and works without an origin", () => {
    expect(safeRedirectPath("//evil.example", { fallback: "/me" })).toBe("/me");
    expect(safeRedirectPath("/\\evil.example")).toBe("/");
    expect(safeRedirectPath("/schedule")).toBe("/schedule");
  });
});

describe("safeRedirectUrl", () => {
  it("answers an absolute URL on the site", () => {
    expect(safeRedirectUrl("/me", origin)).toBe("https://club.example/me");
    expect(safeRedirectUrl("/%09/evil.example", origin)).toBe("https://club.example/%09/evil.example");
    expect(safeRedirectUrl("/\t/evil.example", origin)).toBe("https://club.example/");
    expect(safeRedirectUrl("javascript:alert(1)", origin)).toBe("https://club.example/");
  });
});
