import { expect, test } from "@playwright/test";
import { seasonYear } from "../../prisma/seed.ts";
import { appNow } from "../../lib/time/clock.ts";
import { e2eDb } from "./sign-in.ts";

test("the schedule shows the Test of Time season and a session link leads to its papers", { tag: "@phone" }, async ({ page }) => {
  // The demo season is this year's July to December (last year's before July): `when=all`
  // shows all of it whatever today is. The month we are in can head both "Coming up" and
  // "Earlier this season".
  const year = seasonYear(appNow());
  await page.goto("/schedule?series=test-of-time&when=all");
  await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
  const rows = page.getByTestId("session-row");
  expect(await rows.count()).toBeGreaterThanOrEqual(24);
  for (const month of ["July", "August", "September", "October", "November", "December"]) {
    await expect(page.getByRole("heading", { level: 3, name: `${month} ${year}`, exact: true }).first()).toBeVisible();
  }
  await expect(rows.getByRole("link", { name: "Foundations of Deep Learning", exact: true }).first()).toBeVisible();

  const first = rows.first();
  const title = (await first.getByRole("heading").textContent())!.trim();
  await first.getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "Papers" })).toBeVisible();
  const paperLinks = page.locator("ol li a[href^='https://']");
  expect(await paperLinks.count()).toBeGreaterThanOrEqual(2);
});

test("filters are shareable URLs and narrow the schedule", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule?when=all");
  const all = await page.getByTestId("session-row").count();
  await page.getByLabel("Series").selectOption("paper-club");
  await page.getByLabel("Attend").selectOption("remote");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/series=paper-club/);
  await expect(page).toHaveURL(/mode=remote/);
  await expect(page).toHaveURL(/when=all/);
  const filtered = await page.getByTestId("session-row").count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  // Every row left is a Paper Club session (its chip names the series; Test of Time's name a track).
  expect(new Set(await page.getByTestId("session-row").locator(".chip").allTextContents())).toEqual(new Set(["Paper Club"]));
});

test("a track chip filters the schedule to that track, in the URL", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule?when=all");
  const chips = page.getByRole("navigation", { name: "Tracks" });
  await expect(chips.getByRole("link", { name: "All tracks" })).toHaveAttribute("aria-current", "true");
  const chip = chips.getByRole("link", { name: "Foundations of Deep Learning", exact: true });
  await chip.click();
  await expect(page).toHaveURL(/track=[a-z0-9-]+/);
  await expect(page).toHaveURL(/when=all/);
  await expect(chips.getByRole("link", { name: "Foundations of Deep Learning", exact: true })).toHaveAttribute("aria-current", "true");
  const labels = await page.getByTestId("session-row").locator(".chip").allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  expect(new Set(labels)).toEqual(new Set(["Foundations of Deep Learning"]));
});

test("a track page lists its sessions and recordings to catch up on", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule?series=test-of-time&when=all");
  // The track's chip on a row (the chips above the list filter by it).
  await page.getByTestId("session-row").getByRole("link", { name: "Foundations of Deep Learning", exact: true }).first().click();
  await expect(page).toHaveURL(/\/tracks\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sessions and papers, in order" })).toBeVisible();
  // A curriculum: its weeks in order, each with its papers, and each paper with its presenter or the call for one.
  const weeks = page.getByTestId("curriculum-week");
  expect(await weeks.count()).toBeGreaterThan(0);
  for (const [i, week] of (await weeks.all()).entries()) {
    await expect(week.locator("p").first()).toHaveText(new RegExp(`^Week ${i + 1} · `, "i"));
    await expect(week.getByText(/Presented by|Needs a speaker|Speaker claim pending|Papers to be announced/).first()).toBeVisible();
  }
  // Recordings exist once a session of the track is over: none yet on the first day of a season.
  const { rows } = await e2eDb().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM sessions s JOIN tracks t ON t.id = s.track_id
     WHERE t.name = 'Foundations of Deep Learning' AND s.status = 'PUBLISHED' AND s.recording_url IS NOT NULL AND s.ends_at < $1`,
    [appNow()],
  );
  if (rows[0].n > 0) {
    await expect(page.getByRole("heading", { name: "Catch up on this track" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Recording:/ }).first()).toHaveAttribute("href", /^https:\/\/www\.youtube\.com\//);
  } else {
    await expect(page.getByRole("heading", { name: "Catch up on this track" })).toHaveCount(0);
  }
});

test("unknown sessions and tracks get the 404 page", async ({ page }) => {
  for (const path of ["/sessions/00000000-0000-0000-0000-000000000000", "/sessions/not-an-id", "/tracks/no-such-track"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  }
});

test("the home page shows what is next in each series", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Next in Paper Club" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Next in Test of Time Paper Club" })).toBeVisible();
  await page.getByRole("link", { name: "See the schedule" }).click();
  await expect(page).toHaveURL(/\/schedule$/);
});

test("times are shown in the viewer's own zone too", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const page = await context.newPage();
  // Upcoming rows show it (past ones do not): the weekly Paper Club always has some.
  await page.goto("/schedule?series=paper-club");
  await expect(page.getByTestId("local-time").first()).toContainText(/Your time: .*(GMT\+|CES?T)/);
  await context.close();
});

test("the schedule opens at this week: past weeks folded, then one compact row per session", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule");
  const comingUp = page.getByRole("region", { name: "Coming up" });
  const firstWeek = comingUp.getByTestId("season-week").first();
  await expect(firstWeek).toHaveAttribute("id", "this-week");
  await page.getByRole("link", { name: "Jump to this week" }).click();
  await expect(page).toHaveURL(/#this-week$/);
  // A row is one line of facts; details stay on the session page: no paper links, no RSVP buttons.
  const row = firstWeek.getByTestId("session-row").first();
  await expect(row.locator(".chip")).toHaveCount(1);
  expect(await comingUp.locator("a[href^='https://'], button").count()).toBe(0);
  // Past weeks of the season running are folded under "Earlier this season". (The demo's season
  // runs July to December: from its second week to its end there are some; before July, none.)
  const earlier = page.getByRole("region", { name: "Earlier this season" });
  const [all, upcoming] = /(\d+) sessions?, (\d+) upcoming/
    .exec((await page.getByTestId("schedule-summary").textContent())!)!
    .slice(1)
    .map(Number);
  const past = all - upcoming;
  await expect(earlier).toHaveCount(past > 0 ? 1 : 0);
  if (past > 0) {
    const fold = earlier.locator("details");
    await expect(fold.getByTestId("session-row").first()).toBeHidden();
    await fold.locator("summary").click();
    await expect(fold.getByTestId("session-row").first()).toBeVisible();
    expect(await fold.getByTestId("session-row").count()).toBe(past);
  }

  await page.getByRole("link", { name: "Past sessions", exact: true }).click();
  await expect(page).toHaveURL(/when=past/);
  await expect(page.getByRole("heading", { level: 2, name: "Past sessions" })).toBeVisible();
  await expect(page.getByLabel("When")).toHaveValue("past");
});

test("on a 390 px phone, this week and the next four fit in two screen heights", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  // The weekly Paper Club: twelve weeks ahead in the demo data whatever today is, and only the
  // demo's (the other tests add series of their own to the same database).
  await page.goto("/schedule?series=paper-club");
  const weeks = page.getByRole("region", { name: "Coming up" }).getByTestId("season-week");
  expect(await weeks.count()).toBeGreaterThanOrEqual(5);
  const fifth = await weeks.nth(4).boundingBox();
  expect(fifth!.y + fifth!.height).toBeLessThanOrEqual(2 * 844);
  await context.close();
});
