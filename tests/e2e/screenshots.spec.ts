// Pictures of the main pages (issue 19, item 8), at a desk (1280 px) and on a phone (390 px), in
// the light and the dark theme, written to docs/screenshots/ on every run of the suite (the
// README shows them; commit them when the pages change). Each first asserts the page is the one
// meant, in the theme meant, so a picture of an error page never lands.
import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { appNow } from "../../lib/time/clock.ts";
import { e2eDb, signInAs } from "./sign-in.ts";
import { chooseTheme, THEMES } from "./support/theme.ts";

const SIZES = { desk: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** The next published Test of Time session with papers (by the app's clock; else the last one), and its track. */
async function featured() {
  const { rows } = await e2eDb().query<{ id: string; track: string }>(
    `SELECT s.id, t.slug AS track FROM sessions s
       JOIN series r ON r.id = s.series_id JOIN tracks t ON t.id = s.track_id
      WHERE r.slug = 'test-of-time' AND s.status = 'PUBLISHED' AND s.removed_at IS NULL
        AND EXISTS (SELECT 1 FROM slots p WHERE p.session_id = s.id)
      ORDER BY s.starts_at > $1 DESC, abs(extract(epoch FROM s.starts_at - $1::timestamptz)) LIMIT 1`,
    [appNow()],
  );
  return rows[0];
}

async function shoot(page: Page, name: string, path: string, heading: string | RegExp, theme: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    expect(await page.locator("html").getAttribute("data-theme")).toBe(theme === "dark" ? "dark" : null);
    await writeFile(`docs/screenshots/${name}-${size}-${theme}.jpg`, await page.screenshot({ type: "jpeg", quality: 70 }));
  }
}

for (const theme of THEMES) {
  test(`screenshots of the main pages, ${theme} theme`, async ({ browser }) => {
    test.setTimeout(180_000);
    const session = await featured();
    const title = await e2eDb().query<{ title: string }>(`SELECT title FROM sessions WHERE id = $1`, [session.id]);

    const visitor = await browser.newPage();
    await chooseTheme(visitor, theme);
    await shoot(visitor, "schedule", "/schedule", "Schedule", theme);
    await shoot(visitor, "session", `/sessions/${session.id}`, title.rows[0].title, theme);
    await shoot(visitor, "track", `/tracks/${session.track}`, /.+/, theme);
    await shoot(visitor, "suggestions", "/papers", "Suggested papers", theme);
    await shoot(visitor, "needs-a-speaker", "/speak", "Needs a speaker", theme);
    await visitor.close();

    const member = await browser.newPage();
    await chooseTheme(member, theme);
    await signInAs(member, "member@example.com");
    await shoot(member, "home-member", "/", /.+/, theme);
    await member.close();

    const organizer = await browser.newPage();
    await chooseTheme(organizer, theme);
    await signInAs(organizer, "organizer@example.com");
    await shoot(organizer, "organizer-console", "/organize", "Organizer console", theme);
    await shoot(organizer, "check-in", `/organize/sessions/${session.id}/check-in`, `Check-in: ${title.rows[0].title}`, theme);
    await organizer.close();
  });
}
