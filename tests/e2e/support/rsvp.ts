import { expect, type Page } from "@playwright/test";

/**
 * An RSVP shows at once (optimistic, components/rsvp-control.tsx): wait until the server has
 * answered — the control is no longer busy — before relying on it elsewhere.
 */
export async function rsvpAnswered(page: Page) {
  for (const control of await page.getByTestId("rsvp-control").all()) await expect(control).not.toHaveAttribute("aria-busy", "true");
}
