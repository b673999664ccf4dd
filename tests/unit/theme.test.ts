import { describe, expect, it } from "vitest";
import { withTheme } from "@/lib/front/theme-rewrite.ts";
import { themeChoice, themeCookie, themeFromCookieHeader, themeOf } from "@/lib/theme.ts";

describe("the theme cookie", () => {
  it("names light or dark, nothing else", () => {
    expect(themeOf("dark")).toBe("dark");
    expect(themeOf("light")).toBe("light");
    expect(themeOf("system")).toBeNull();
    expect(themeOf("Dark")).toBeNull();
    expect(themeOf(undefined)).toBeNull();
  });

  it("is read from a Cookie header among others, by its exact name", () => {
    expect(themeFromCookieHeader("a=1; theme=dark; b=2")).toBe("dark");
    expect(themeFromCookieHeader("theme=light")).toBe("light");
    expect(themeFromCookieHeader("mytheme=dark")).toBeNull();
    expect(themeFromCookieHeader('theme="><script>')).toBeNull();
    expect(themeFromCookieHeader(undefined)).toBeNull();
  });

  it("is kept for a year, and forgotten when the system's theme is chosen", () => {
    expect(themeCookie("dark", true)).toBe("theme=dark; Max-Age=31536000; Path=/; SameSite=Lax; Secure");
    expect(themeCookie("system", false)).toBe("theme=; Max-Age=0; Path=/; SameSite=Lax");
    expect(themeChoice.safeParse("purple").success).toBe(false);
  });
});

describe("the front's theme rewrite", () => {
  const page = Buffer.from('<!DOCTYPE html><html lang="en"><head></head><body>…<html in text></body></html>');

  it("writes the theme on the page's <html> tag only", () => {
    expect(withTheme(page, "dark").toString()).toBe(
      '<!DOCTYPE html><html data-theme="dark" lang="en"><head></head><body>…<html in text></body></html>',
    );
  });

  it("leaves the page as it is without a theme, or without an <html> tag near its start", () => {
    expect(withTheme(page, null)).toBe(page);
    const json = Buffer.from(`{"a":"${"x".repeat(600)}<html"}`);
    expect(withTheme(json, "dark")).toBe(json);
  });
});
