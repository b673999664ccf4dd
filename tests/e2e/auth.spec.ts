// Tests tagged @phone depend on the layout and run at a phone's size too (playwright.config.ts).
import { expect, test } from "@playwright/test";
import { e2eBaseUrl } from "./support/e2e-env.ts";
import { openAccountMenu } from "./support/header-menu.ts";
import { e2eDb, SESSION_COOKIE, sessionCookieFor, setSessionCookie, signInAs, uniqueEmail } from "./sign-in.ts";

test("an organizer sees the organizer menu and the console", { tag: "@phone" }, async ({ page }) => {
  await signInAs(page, "organizer@example.com");
  await page.goto("/");
  // In their menu, the header's one line at every width.
  await openAccountMenu(page);
  const organize = page.getByRole("banner").getByRole("link", { name: "Organize", exact: true });
  await expect(organize).toBeVisible();
  await organize.click();
  await expect(page.getByRole("heading", { level: 1, name: "Organizer console" })).toBeVisible();
  await expect(page.getByText("Speaker claims waiting for approval")).toBeVisible();
});

test("a member has no organizer menu and the organizer routes answer 403", async ({ page }) => {
  await signInAs(page, "member@example.com");
  await page.goto("/");
  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("button", { name: /^Mia Member: account menu/ })).toBeVisible();
  await openAccountMenu(page);
  await expect(account.getByRole("link", { name: "Your profile, RSVPs and talks" })).toBeVisible();
  await expect(account.getByRole("link", { name: "Organize", exact: true })).toHaveCount(0);
  await expect(account.getByRole("link", { name: "People", exact: true })).toHaveCount(0);

  const organize = await page.goto("/organize");
  expect(organize?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "This page is not for your role" })).toBeVisible();
  expect((await page.goto("/admin/people"))?.status()).toBe(403);
  // Sent as the app's own pages would (same origin), so only authorization can refuse it.
  const api = await page.request.put("/api/v1/users/00000000-0000-0000-0000-000000000000/role", {
    data: { role: "ADMIN" },
    headers: { origin: e2eBaseUrl, "sec-fetch-site": "same-origin" },
  });
  expect(api.status()).toBe(403);
  expect((await api.json()).error.code).toBe("forbidden");
});

test("without SMTP_URL a production server offers no email sign-in: no magic link can end up in a log", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email address", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toHaveCount(0);
});

test("a person edits their profile, sees errors in place, and signs out", { tag: "@phone" }, async ({ page }) => {
  await signInAs(page, uniqueEmail("profile"));
  await page.goto("/me");
  await page.getByLabel("Display name").fill("Ada Example");
  await page.getByLabel("Links").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Links must start with http:// or https://.")).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel("Display name")).toHaveValue("Ada Example");
  await expect(page.getByLabel("Links")).toHaveValue("javascript:alert(1)");

  await page.getByLabel("Links").fill("https://example.com/ada");
  await page.getByLabel("Affiliation").fill("<b>Example Labs</b>");
  await page.getByLabel("Time zone").selectOption("Europe/Berlin");
  await page.getByRole("checkbox", { name: /an hour before/ }).uncheck();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  // A toast: it stays until dismissed, and takes no click meant for the page under it.
  await expect(page.locator(".toast")).toHaveCSS("position", "fixed");
  await page.getByRole("button", { name: "Dismiss this message" }).click();
  await expect(page.getByRole("status")).toHaveCount(0);
  // What was saved stays in the form.
  await expect(page.getByLabel("Display name")).toHaveValue("Ada Example");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");

  await page.reload();
  await expect(page.getByLabel("Display name")).toHaveValue("Ada Example");
  await expect(page.getByLabel("Affiliation")).toHaveValue("<b>Example Labs</b>");
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(page.getByRole("checkbox", { name: /an hour before/ })).not.toBeChecked();

  // Times are shown in the preferred zone (on upcoming rows: the weekly Paper Club always has some).
  await page.goto("/schedule?series=paper-club");
  await expect(page.getByTestId("local-time").first()).toContainText(/Your time: .*GMT\+[12]/);

  await openAccountMenu(page);
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fme|\/signin\?callbackUrl=\/me/);
});

test("an admin finds a person and makes them an organizer, who then sees the console", async ({ browser }) => {
  const email = uniqueEmail("promote");
  const personContext = await browser.newContext();
  await signInAs(personContext, email);
  const person = await personContext.newPage();
  expect((await person.goto("/organize"))?.status()).toBe(403);

  const adminContext = await browser.newContext();
  await signInAs(adminContext, "admin@example.com");
  const admin = await adminContext.newPage();
  await admin.goto("/admin/people");
  await admin.getByRole("searchbox", { name: "Search by name or email" }).fill(email);
  await admin.getByRole("button", { name: "Search" }).click();
  const row = admin.getByTestId("person-row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await row.getByRole("combobox").selectOption("ORGANIZER");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Role saved.");
  await expect(row.getByRole("combobox")).toHaveValue("ORGANIZER");

  // The change counts at once, without signing in again.
  const again = await person.goto("/organize");
  expect(again?.status()).toBe(200);
  await adminContext.close();
  await personContext.close();
});

test("a person deletes their account and is signed out", async ({ page }) => {
  await signInAs(page, uniqueEmail("leaver"));
  await page.goto("/me");
  // The form is in a dialog: opened by a button, without JavaScript of ours.
  await page.getByRole("button", { name: "Delete account…" }).click();
  await expect(page.getByRole("dialog", { name: "Delete your account?" })).toBeVisible();
  await page.getByLabel("Type DELETE to confirm").fill("delete");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Type DELETE to confirm.", { exact: true })).toBeVisible();
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/account=deleted/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("the fixture's cookie is a real NextAuth session, and signing out through NextAuth ends it on the server", async ({ page }) => {
  const email = uniqueEmail("session");
  const { cookie, sessionToken } = await signInAs(page, email);
  // NextAuth's own session endpoint accepts the cookie (it decodes it with the server's secret).
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session.expires).toEqual(expect.any(String));
  await page.goto("/me");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // NextAuth's sign-out (CSRF token, then POST) deletes the auth_sessions row.
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/", json: "true" } });
  expect(signOut.ok()).toBe(true);
  const { rowCount } = await e2eDb().query("SELECT 1 FROM auth_sessions WHERE session_token = $1", [sessionToken]);
  expect(rowCount).toBe(0);

  // A copy of the old cookie no longer signs anyone in.
  await setSessionCookie(page.context(), cookie);
  expect((await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)?.value).toBe(cookie);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // And a fresh one for the same person does.
  await setSessionCookie(page.context(), (await sessionCookieFor(email)).cookie);
  await page.goto("/me");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
});

test("the header's sign-out is a plain form: without JavaScript, one click on their page ends the session on the server and lands on the home page", async ({
  browser,
}) => {
  // The fixture sets only the session cookie, like a browser back after a restart: the CSRF
  // token the form carries comes from the cookie the server issues when it is missing.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { sessionToken } = await signInAs(page, uniqueEmail("no-js"));
  await page.goto("/papers");
  // The board is the shared copy with their personal layer (decision 028): without JavaScript the
  // header is a plain link to their page — never "Sign in" — which is rendered for them.
  const account = page.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("link", { name: "Sign in" })).toBeHidden();
  await account.getByRole("link", { name: "Your page" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${e2eBaseUrl}/`);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  const { rowCount } = await e2eDb().query("SELECT 1 FROM auth_sessions WHERE session_token = $1", [sessionToken]);
  expect(rowCount).toBe(0);

  // A form posted from another site is refused by NextAuth's CSRF check: nobody is signed out.
  const other = await sessionCookieFor(uniqueEmail("csrf"));
  const forged = await page.request.post("/api/auth/signout", {
    form: { csrfToken: "0".repeat(64), callbackUrl: "/" },
    headers: { cookie: `${SESSION_COOKIE}=${other.cookie}` },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(302);
  expect(forged.headers().location).toContain("/api/auth/signout?csrf=true");
  const still = await e2eDb().query("SELECT 1 FROM auth_sessions WHERE session_token = $1", [other.sessionToken]);
  expect(still.rowCount).toBe(1);
  await context.close();
});
