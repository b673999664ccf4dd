// Signs a browser context in through the real NextAuth development sign-in (CSRF token, then
// the credentials callback), as the sign-in page's buttons do.
import type { BrowserContext, Page } from "@playwright/test";

export async function signInAs(target: Page | BrowserContext, email: string) {
  const request = target.request;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/dev", {
    form: { email, csrfToken, callbackUrl: "/", json: "true" },
  });
  if (!response.ok()) throw new Error(`dev sign-in failed: ${response.status()}`);
}

let counter = 0;
export function uniqueEmail(prefix = "e2e") {
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${++counter}@example.com`;
}
