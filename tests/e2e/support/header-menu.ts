import type { Page } from "@playwright/test";

/**
 * On a phone the header's links are in its menu (components/site-header.tsx): opens it there;
 * at a desk, where they are in the line, does nothing.
 */
export async function openHeaderMenu(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
}
