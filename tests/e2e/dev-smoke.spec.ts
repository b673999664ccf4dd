// The one test against the development server (E2E_TARGET=dev): what exists only in
// development, through the real NextAuth providers. The development sign-in (a button per
// demo person) and the email link read from /dev/outbox, which works once. (A production
// build without SMTP_URL offers no email sign-in: tests/e2e/auth.spec.ts.) Everything else runs against the
// production build, which refuses AUTH_DEV_LOGIN.
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./sign-in.ts";
import { openAccountMenu } from "./support/header-menu.ts";

test("development sign-in, sign-out, and an email link from the development outbox", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: /organizer@example\.com/ }).click();
  await expect(page).toHaveURL(/\/$/);
  const account = page.getByRole("navigation", { name: "Account" });
  await openAccountMenu(page);
  await expect(account.getByRole("link", { name: "Organize", exact: true })).toBeVisible();
  // The button is a client component: on a busy dev server it may not be hydrated yet when
  // first clicked, so click again until signing out has happened.
  const signInLink = account.getByRole("link", { name: "Sign in" });
  await expect(async () => {
    if (!(await signInLink.isVisible())) {
      const signOut = account.getByRole("button", { name: "Sign out" });
      if (!(await signOut.isVisible())) await openAccountMenu(page);
      await signOut.click({ timeout: 5_000 });
    }
    await expect(signInLink).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });

  const email = uniqueEmail("magic");
  await page.goto("/signin");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const mail = page.getByTestId("outbox-email").first();
  await expect(mail).toContainText("Sign in to Paper Club");
  const link = (await mail.locator("pre").innerText()).match(/https?:\/\/\S+/)?.[0];
  expect(link).toContain("/api/auth/callback/email");
  await page.goto(link!);
  await openAccountMenu(page);
  await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/me");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();

  // The link works once.
  await page.context().clearCookies();
  await page.goto(link!);
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});
