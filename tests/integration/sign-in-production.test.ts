// A production server without SMTP_URL does not offer email sign-in (its links would only reach
// the server log): NextAuth has no email provider, /signin shows no email form, and the server
// says once at start why. With SMTP_URL, email sign-in is back.
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildAuthOptions, isEmailSignInEnabled } from "../../lib/auth/options.ts";
import { assertSafeProductionConfig, parseEnv, startupNotices } from "../../lib/env.ts";
import { useTestDatabase } from "../support/database.ts";

const SECRET = "a-production-secret-of-at-least-32-characters";

// The process environment as a production server without SMTP_URL but with GitHub sees it.
vi.mock("../../lib/env.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lib/env.ts")>();
  return {
    ...actual,
    env: actual.parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: "a-production-secret-of-at-least-32-characters",
      GITHUB_ID: "id",
      GITHUB_SECRET: "secret",
    }),
  };
});
vi.mock("next/headers", async () => {
  const { mockedCookieStore } = await import("../support/auth.ts");
  return { cookies: async () => mockedCookieStore(), headers: async () => new Headers() };
});

const production = (extra: Record<string, string> = {}) => parseEnv({ NODE_ENV: "production", AUTH_SECRET: SECRET, ...extra });
const providerIds = (env: ReturnType<typeof parseEnv>) => buildAuthOptions(env).providers.map((p) => p.id);

describe("email sign-in in production", () => {
  useTestDatabase();
  const notices = "PAPERCLUB_STARTUP_NOTICES_SAID";
  afterEach(() => {
    delete process.env[notices];
  });

  it("offers no email sign-in without SMTP_URL: only the configured OAuth providers", () => {
    expect(providerIds(production())).toEqual([]);
    expect(providerIds(production({ GITHUB_ID: "id", GITHUB_SECRET: "secret" }))).toEqual(["github"]);
    expect(isEmailSignInEnabled(production())).toBe(false);
  });

  it("offers email sign-in with SMTP_URL, and in development and tests through the outbox", () => {
    expect(providerIds(production({ SMTP_URL: "smtp://mail.example.com:587" }))).toEqual(["email"]);
    expect(providerIds(parseEnv({ NODE_ENV: "development" }))).toContain("email");
    expect(providerIds(parseEnv({ NODE_ENV: "test" }))).toContain("email");
  });

  it("says once at start that email sign-in is off because SMTP_URL is not set", () => {
    expect(startupNotices(production())).toEqual([expect.stringContaining("Email sign-in is off because SMTP_URL is not set")]);
    expect(startupNotices(production({ SMTP_URL: "smtp://mail.example.com:587" }))).toEqual([]);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    delete process.env[notices];
    assertSafeProductionConfig(production());
    assertSafeProductionConfig(production());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/Email sign-in is off because SMTP_URL is not set/);
  });

  it("shows no email form on /signin, only the configured providers", async () => {
    const { default: SignInPage } = await import("../../app/signin/page.tsx");
    const html = renderToStaticMarkup(await SignInPage({ searchParams: Promise.resolve({}) }));
    expect(html).toContain("Continue with GitHub");
    expect(html).not.toContain("Email me a sign-in link");
    expect(html).not.toMatch(/type="email"/);
  });
});
