// Callback URLs that lead off the site or do not parse never make NextAuth answer 500: a bad
// ?callbackUrl= is dropped, and a planted callback-url cookie is cleared instead of locking the
// browser out. /signin sends a signed-in person only to a path on this site.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authRequest, csrfToken, jar, ORIGIN } from "../support/auth-route.ts";
import { cookieJar, mockedCookieStore, sessionCookieFor } from "../support/auth.ts";
import { useTestDatabase } from "../support/database.ts";
import { actorByEmail } from "../support/helpers.ts";

// The development sign-in (read once, when lib/env.ts is first imported) drives a full sign-in.
const devLoginBefore = vi.hoisted(() => {
  const before = process.env.AUTH_DEV_LOGIN;
  process.env.AUTH_DEV_LOGIN = "1";
  return before;
});
afterAll(() => {
  if (devLoginBefore === undefined) delete process.env.AUTH_DEV_LOGIN;
  else process.env.AUTH_DEV_LOGIN = devLoginBefore;
});

vi.mock("next/headers", async () => {
  const { fakeNextHeaders } = await import("../support/auth-route.ts");
  const { mockedCookieStore: signInStore, cookieJar: signedIn } = await import("../support/auth.ts");
  // The /signin page reads the session cookie; the NextAuth route reads the browser's jar.
  return { ...fakeNextHeaders, cookies: async () => (signedIn.value === undefined ? fakeNextHeaders.cookies() : signInStore()) };
});

const PLANTED = ["javascript:alert(1)", "http://[::1", "https://evil.example/", "/\\evil.example", "//evil.example"];

describe("sign-in callback URLs", () => {
  const database = useTestDatabase({ seeded: true });
  beforeEach(() => {
    vi.stubEnv("NEXTAUTH_URL", ORIGIN);
    jar.clear();
    cookieJar.value = undefined;
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    jar.clear();
    cookieJar.value = undefined;
  });

  it.each(PLANTED)("clears a planted callback-url cookie %j: /api/auth/csrf and /api/auth/session keep working", async (planted) => {
    jar.set("next-auth.callback-url", planted);
    const csrf = await authRequest("GET", "csrf");
    expect(csrf.status).toBe(200);
    expect(jar.get("next-auth.callback-url") ?? "").not.toBe(planted);
    jar.set("next-auth.callback-url", planted);
    const session = await authRequest("GET", "session");
    expect(session.status).toBe(200);
    expect(jar.get("next-auth.callback-url") ?? "").not.toBe(planted);
  });

  it.each(["javascript:alert(1)", "http://[::1", "/\\evil.example", "https://evil.example/"])(
    "signs in with the development sign-in and ?callbackUrl=%j, landing on this site",
    async (callbackUrl) => {
      const token = await csrfToken();
      const response = await authRequest("POST", `callback/dev?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
        form: { email: "member@example.com", csrfToken: token, json: "true" },
      });
      expect(response.status).toBe(200);
      const { url } = (await response.json()) as { url: string };
      expect(new URL(url).origin).toBe(ORIGIN);
      expect([...jar.keys()]).toContain("next-auth.session-token");
    },
  );

  it("redirects after sign-in only to the site, whatever callbackUrl the form carried", async () => {
    const token = await csrfToken();
    const response = await authRequest("POST", "callback/dev", {
      form: { email: "member@example.com", csrfToken: token, callbackUrl: "/\t/evil.example", json: "true" },
    });
    const { url } = (await response.json()) as { url: string };
    expect(url).toBe(`${ORIGIN}/`);
  });

  it.each([
    ["/%5Cevil.example", "/"],
    ["/%09/evil.example", "/"],
    ["//evil.example", "/"],
    ["https://evil.example/", "/"],
    ["javascript:alert(1)", "/"],
    ["/me?tab=talks", "/me?tab=talks"],
  ])("sends a signed-in person opening /signin?callbackUrl=%s to %s", async (raw, expected) => {
    const member = await actorByEmail(database.current.db, "member@example.com");
    cookieJar.value = await sessionCookieFor(member.id);
    expect(mockedCookieStore().has("next-auth.session-token")).toBe(true);
    const { default: SignInPage } = await import("../../app/signin/page.tsx");
    const callbackUrl = new URLSearchParams(`callbackUrl=${raw}`).get("callbackUrl")!;
    const error = await SignInPage({ searchParams: Promise.resolve({ callbackUrl }) }).then(
      () => null,
      (e: unknown) => e as { digest?: string },
    );
    const target = error?.digest?.split(";")[2];
    expect(target).toBe(expected);
  });
});
