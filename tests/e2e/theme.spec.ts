// The light and dark themes (issue 19, item 2; decision 031): the system's choice by default, a
// switch in the footer that needs no JavaScript, remembered in a cookie and rendered on <html>
// by the server — also into the front's cached copy of a public page.
import { expect, test, type Page } from "@playwright/test";

/** The page's background lightness, 0 (black) to 1 (white), as the browser computed it. */
async function backgroundLightness(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = document.createElement("canvas").getContext("2d")!;
    probe.fillStyle = getComputedStyle(document.body).backgroundColor;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  });
}

const themeAttribute = (page: Page) => page.locator("html").getAttribute("data-theme");

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor switches to the dark theme and back to the system's @phone", { tag: "@phone" }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/schedule");
    const footer = page.getByRole("contentinfo");
    expect(await themeAttribute(page)).toBeNull();
    expect(await backgroundLightness(page)).toBeGreaterThan(0.9);
    await expect(footer.getByRole("button", { name: "Light theme" })).toBeHidden();
    await expect(footer.getByRole("button", { name: "Follow the system theme" })).toBeHidden();

    // By keyboard (a long page on a phone may put a row over the footer while it scrolls).
    await footer.getByRole("button", { name: "Dark theme" }).press("Enter");
    await expect(page).toHaveURL(/\/schedule$/);
    expect(await themeAttribute(page)).toBe("dark");
    expect(await backgroundLightness(page)).toBeLessThan(0.2);
    await expect(footer.getByRole("button", { name: "Dark theme" })).toBeHidden();
    await expect(footer.getByRole("button", { name: "Light theme" })).toBeVisible();

    // Remembered: the next page (the front's cached copy) is dark too, and so is a page the app renders.
    await page.goto("/papers");
    expect(await themeAttribute(page)).toBe("dark");
    await page.goto("/signin");
    expect(await themeAttribute(page)).toBe("dark");
    expect(await backgroundLightness(page)).toBeLessThan(0.2);

    await page.getByRole("contentinfo").getByRole("button", { name: "Follow the system theme" }).press("Enter");
    await expect(page).toHaveURL(/\/signin$/);
    expect(await themeAttribute(page)).toBeNull();
    expect(await backgroundLightness(page)).toBeGreaterThan(0.9);
  });
});

test("with no choice made, the page follows the system's dark setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await themeAttribute(page)).toBeNull();
  expect(await backgroundLightness(page)).toBeLessThan(0.2);
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("button", { name: "Light theme" })).toBeVisible();
  await expect(footer.getByRole("button", { name: "Dark theme" })).toBeHidden();
});

test("the switch refuses a theme it does not offer, in words", async ({ request }) => {
  const answer = await request.post("/theme", { form: { theme: "purple" }, maxRedirects: 0 });
  expect(answer.status()).toBe(400);
  expect(await answer.text()).toContain("Choose the system, light or dark theme.");
  expect(answer.headers()["set-cookie"]).toBeUndefined();
});
