import type { Page } from "@playwright/test";

/**
 * On a phone the header's main links are in its menu (components/site-header.tsx): opens it
 * there; at a desk, where they are in the line, does nothing.
 */
export async function openHeaderMenu(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
}

/** A signed-in person's menu (their name in the header): next session, profile, organizer links, sign-out. */
export async function openAccountMenu(page: Page) {
  await page
    .getByRole("banner")
    .getByRole("button", { name: /account menu/ })
    .click();
}
