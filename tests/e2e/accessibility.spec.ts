// axe-core on the pages each kind of person opens (issue 19, item 7): a visitor, a member and an
// organizer, at a desk and on a phone, in the light and the dark theme. Every rule axe runs by
// default (WCAG 2.x A and AA, colour contrast included, and its best practices); any violation
// fails, listed with the elements it found.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eDb, signInAs } from "./sign-in.ts";
import { chooseTheme, THEMES } from "./support/theme.ts";

/** A published session, a track, and a series of the demo data, whatever today is. */
async function demoIds() {
  const db = e2eDb();
  const session = await db.query<{ id: string }>(
    `SELECT id FROM sessions WHERE status = 'PUBLISHED' AND removed_at IS NULL ORDER BY starts_at LIMIT 1`,
  );
  const track = await db.query<{ slug: string }>(`SELECT slug FROM tracks ORDER BY position LIMIT 1`);
  const series = await db.query<{ slug: string }>(`SELECT slug FROM series ORDER BY created_at LIMIT 1`);
  return { session: session.rows[0].id, track: track.rows[0].slug, series: series.rows[0].slug };
}

async function violationsOn(page: Page, path: string) {
  const answer = await page.goto(path);
  expect(answer?.status(), path).toBeLessThan(400);
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const PUBLIC = (ids: Awaited<ReturnType<typeof demoIds>>) => [
  "/",
  "/schedule",
  "/schedule?when=all",
  "/schedule/changes",
  `/sessions/${ids.session}`,
  `/tracks/${ids.track}`,
  "/papers",
  "/speak",
];

for (const theme of THEMES) {
  test(`a visitor's pages have no axe violation, ${theme} theme @phone`, { tag: "@phone" }, async ({ page }) => {
    await chooseTheme(page, theme);
    const ids = await demoIds();
    const found: string[] = [];
    for (const path of [...PUBLIC(ids), "/signin"]) found.push(...(await violationsOn(page, path)));
    expect(found).toEqual([]);
  });

  test(`a member's pages have no axe violation, ${theme} theme @phone`, { tag: "@phone" }, async ({ page }) => {
    await chooseTheme(page, theme);
    const ids = await demoIds();
    await signInAs(page, "member@example.com");
    const found: string[] = [];
    for (const path of [...PUBLIC(ids), "/papers/suggest", "/me"]) found.push(...(await violationsOn(page, path)));
    expect(found).toEqual([]);
  });

  test(`an organizer's pages have no axe violation, ${theme} theme`, async ({ page }) => {
    await chooseTheme(page, theme);
    const ids = await demoIds();
    await signInAs(page, "organizer@example.com");
    const found: string[] = [];
    for (const path of [
      "/papers",
      "/speak",
      "/organize",
      `/organize/series/${ids.series}`,
      `/organize/series/${ids.series}/settings`,
      `/organize/series/${ids.series}/sessions/new`,
      `/organize/sessions/${ids.session}`,
      `/organize/sessions/${ids.session}/attendees`,
      `/organize/sessions/${ids.session}/check-in`,
      "/organize/reading-list",
      "/organize/audit",
    ])
      found.push(...(await violationsOn(page, path)));
    expect(found).toEqual([]);
  });
}
