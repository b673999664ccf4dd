// What must hold in the production build.
import { expect, test } from "@playwright/test";

/** Scripts a browser runs: everything but data blocks such as the personal layer's JSON. */
const RUNNABLE = 'script:not([type="application/json"])';

test("responses carry the CSP with a nonce and the security headers", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-powered-by"]).toBeUndefined();
  // Every script on the page carries the nonce of this response (the personal layer's JSON data
  // block is not a script that runs: the CSP does not apply to it, decision 028).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scripts = await page.locator(RUNNABLE).evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
});

test("visitors get public pages from the front's cache, each response with a nonce of its own that the scripts carry", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text());
  });
  const seen: { cache: string | undefined; nonce: string }[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await page.goto("/schedule?series=test-of-time");
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])![1];
    seen.push({ cache: response!.headers()["x-cache"], nonce });
    const scripts = await page.locator(RUNNABLE).evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.every((n) => n === nonce)).toBe(true);
  }
  expect(seen[1].cache).toMatch(/^(hit|stale)$/);
  expect(seen[0].nonce).not.toBe(seen[1].nonce);
  // The scripts ran (Next.js's bootstrap sets window.next), and the browser refused nothing.
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
  expect(refused).toEqual([]);
});

test("the schedule works in the production build", async ({ page }) => {
  await page.goto("/schedule?series=test-of-time&when=all");
  expect(await page.getByTestId("session-row").count()).toBeGreaterThanOrEqual(24);
});

test("the development sign-in and outbox do not exist in production", async ({ page, request }) => {
  const providers = await (await request.get("/api/auth/providers")).json();
  expect(Object.keys(providers)).not.toContain("email"); // no SMTP_URL here: email sign-in is off in production
  expect(Object.keys(providers)).not.toContain("dev");
  const csrf = (await (await request.get("/api/auth/csrf")).json()).csrfToken;
  const attempt = await request.post("/api/auth/callback/dev", { form: { email: "admin@example.com", csrfToken: csrf, json: "true" } });
  expect(attempt.headers()["set-cookie"] ?? "").not.toContain("session-token");
  expect((await page.goto("/dev/outbox"))?.status()).toBe(404);
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Development sign-in" })).toHaveCount(0);
});

test("session cookies are HttpOnly and SameSite=Lax", async ({ page }) => {
  // The CSRF cookie is set by the same code path as the session cookie.
  const response = await page.request.get("/api/auth/csrf");
  const cookie = response.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
});

test("a visitor's page sets off no prefetching, and a client navigation comes from the front's cache", async ({ page }) => {
  const navigations: { url: string; cache: string | undefined }[] = [];
  page.on("response", (r) => {
    if (r.url().includes("_rsc=")) navigations.push({ url: r.url(), cache: r.headers()["x-cache"] });
  });
  await page.goto("/");
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
  await page.waitForLoadState("networkidle");
  expect(navigations).toEqual([]);
  for (let i = 0; i < 2; i++) {
    await page.goto("/");
    await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Suggested papers" }).click();
    await expect(page).toHaveURL(/\/papers$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(navigations).toHaveLength(2);
  expect(navigations[1].cache).toMatch(/^(hit|stale)$/);
});
