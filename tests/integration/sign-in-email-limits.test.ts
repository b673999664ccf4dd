// Sign-in emails are limited per address (5 an hour) and per client (20 an hour), in the
// database, before NextAuth makes a token or sends mail; a new link makes older ones useless.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAdapter } from "../../lib/auth/adapter.ts";
import { SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR, SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR } from "../../lib/auth/sign-in-limits.ts";
import { signInErrorMessage } from "../../lib/auth/sign-in-errors.ts";
import { authRequest, csrfToken, jar, ORIGIN } from "../support/auth-route.ts";
import { useTestDatabase } from "../support/database.ts";
import { systemNow } from "../../lib/time/clock.ts";

vi.mock("next/headers", async () => (await import("../support/auth-route.ts")).fakeNextHeaders);

type RateLimited = { error: { code: string; message: string; retryAfterSeconds: number }; url: string };

describe("sign-in email limits", () => {
  const database = useTestDatabase();
  beforeEach(() => {
    vi.stubEnv("NEXTAUTH_URL", ORIGIN);
    vi.spyOn(console, "info").mockImplementation(() => {}); // the development outbox logs each mail
    jar.clear();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    jar.clear();
  });

  const askForLink = (address: string, token: string, client = "203.0.113.7") =>
    authRequest("POST", "signin/email", {
      form: { email: address, csrfToken: token, callbackUrl: "/me", json: "true" },
      headers: { "x-forwarded-for": `${client}, 10.0.0.1` },
    });

  it(
    "sends at most 5 emails an hour for one address, even when 30 are asked for at once, and leaves one live link",
    { timeout: 90_000 },
    async () => {
      const db = database.current.db;
      const token = await csrfToken();
      const responses = await Promise.all(
        Array.from({ length: 30 }, (_, i) => askForLink(i % 2 ? "Grace@Example.com " : "grace@example.com", token)),
      );

      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30 - SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR);
      expect(await db.outboxEmail.count({ where: { to: "grace@example.com" } })).toBe(SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR);
      expect(await db.verificationToken.count({ where: { identifier: "grace@example.com" } })).toBe(1);

      const refused = responses.find((r) => r.status === 429)!;
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      const body = (await refused.json()) as RateLimited;
      expect(body.error).toMatchObject({ code: "rate_limited", message: "Too many sign-in emails for this address. Try again in 60 minutes." });
      // The sign-in form (next-auth/react) follows `url` to a page that says why.
      const page = new URL(body.url);
      expect(page.origin + page.pathname).toBe(`${ORIGIN}/signin`);
      expect(page.searchParams.get("callbackUrl")).toBe("/me");
      expect(signInErrorMessage(Object.fromEntries(page.searchParams))).toBe("Too many sign-in emails for this address. Try again in 60 minutes.");
    },
  );

  it("sends a browser without script to /signin with the reason", async () => {
    const token = await csrfToken();
    for (let i = 0; i < SIGN_IN_EMAILS_PER_ADDRESS_PER_HOUR; i++) expect((await askForLink("ada@example.com", token)).status).toBe(200);
    const response = await authRequest("POST", "signin/email", {
      form: { email: "ada@example.com", csrfToken: token },
      headers: { accept: "text/html,application/xhtml+xml", "x-forwarded-for": "203.0.113.7" },
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/signin");
    expect(location.searchParams.get("error")).toBe("TooManyEmailsForAddress");
  });

  it("sends at most 20 emails an hour from one client, whatever the addresses", async () => {
    const db = database.current.db;
    const token = await csrfToken();
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR + 3; i++)
      statuses.push((await askForLink(`person${i}@example.com`, token, "198.51.100.9")).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    expect(await db.outboxEmail.count()).toBe(SIGN_IN_EMAILS_PER_CLIENT_PER_HOUR);
    // Another client is not held back, and no address or IP is stored in the counters.
    expect((await askForLink("someone@example.com", token, "192.0.2.1")).status).toBe(200);
    const keys = await db.rateLimitHit.findMany({ select: { key: true } });
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key))).toBe(true);
  });

  it("makes older sign-in links useless when a new one is made", async () => {
    const adapter = createAdapter();
    const expires = new Date(systemNow().getTime() + 60_000);
    await adapter.createVerificationToken!({ identifier: "lin@example.com", token: "first", expires });
    await adapter.createVerificationToken!({ identifier: "Lin@Example.com", token: "second", expires });
    await adapter.createVerificationToken!({ identifier: "other@example.com", token: "other", expires });
    expect(await adapter.useVerificationToken!({ identifier: "lin@example.com", token: "first" })).toBeNull();
    expect(await adapter.useVerificationToken!({ identifier: "lin@example.com", token: "second" })).toMatchObject({ token: "second" });
    expect(await adapter.useVerificationToken!({ identifier: "other@example.com", token: "other" })).toMatchObject({ token: "other" });
  });
});
