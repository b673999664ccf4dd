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
  await expect(page.getByText("Attention Is All You Need").first()).toBeVisible();

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
  await expect(page.getByText("Test of Time Paper Club ·")).toHaveCount(0);
});

test("a track page lists its sessions and recordings to catch up on", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule?series=test-of-time&when=all");
  await page.getByRole("link", { name: "Foundations of Deep Learning", exact: true }).first().click();
  await expect(page).toHaveURL(/\/tracks\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sessions and papers, in order" })).toBeVisible();
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
  await page.goto("/schedule?series=test-of-time&when=all");
  await expect(page.getByTestId("local-time").first()).toContainText(/Your time: .*(GMT\+|CES?T)/);
  await context.close();
});

test("the first view is what is next in full, then the season one line per session", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/schedule");
  const nextUp = page.getByRole("region", { name: "Next up" });
  await expect(nextUp.getByTestId("session-card")).toHaveCount(1);
  const title = (await nextUp.getByRole("heading", { level: 3 }).textContent())!.trim();
  const comingUp = page.getByRole("region", { name: "Coming up" });
  await expect(comingUp.getByTestId("session-row").getByRole("heading", { name: title, exact: true })).toBeVisible();
  // Details stay on the session page: the rows name papers but link only to sessions and tracks.
  expect(await comingUp.locator("a[href^='https://']").count()).toBe(0);

  await page.getByRole("link", { name: "Past sessions and recordings" }).click();
  await expect(page).toHaveURL(/when=past/);
  await expect(page.getByRole("region", { name: "Next up" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Past sessions" })).toBeVisible();
  await expect(page.getByLabel("When")).toHaveValue("past");
});
