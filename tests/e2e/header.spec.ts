// The header is one line at every width (issue 19), for a visitor and for the people with the
// most links in it (an admin, an organizer, a member with a next session), in both the phone
// menu and the desk layout: every link and button of the bar is centred on the logo's line (a
// wrapped line of links sits a dozen pixels above or below it).
import { expect, test, type Browser } from "@playwright/test";
import { signInAs } from "./sign-in.ts";

const WIDTHS = [360, 390, 768, 1024, 1280, 1440];

/** What in the header sits off the logo's line, at which width. */
async function wrapped(browser: Browser, email: string | null) {
  const out: string[] = [];
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    if (email) await signInAs(context, email);
    const page = await context.newPage();
    await page.goto("/schedule");
    const banner = page.getByRole("banner");
    const logo = (await banner.getByRole("link", { name: "Paper Club", exact: true }).boundingBox())!;
    for (const item of await banner.locator("a:visible, button:visible").all()) {
      const box = (await item.boundingBox())!;
      const offset = box.y + box.height / 2 - (logo.y + logo.height / 2);
      if (Math.abs(offset) > 6) out.push(`${width}: ${await item.innerText()} (${Math.round(offset)} px off the line)`);
    }
    expect((await banner.boundingBox())!.height, `${width} px`).toBeLessThan(80);
    await context.close();
  }
  return out;
}

for (const who of [null, "member@example.com", "organizer@example.com", "admin@example.com"]) {
  test(`the header is one line at every width: ${who ?? "a visitor"}`, async ({ browser }) => {
    expect(await wrapped(browser, who)).toEqual([]);
  });
}
