// A home that knows you (issue 19, item 4): signed in, `/` shows your next session and how you
// attend, its readings, your talks to prepare, and for organizers what needs doing; the header
// shows your next session too. The page is the front's one cached copy; this part is the person's.
import { expect, test } from "@playwright/test";
import { appNow } from "../../lib/time/clock.ts";
import { e2eDb, signInAs, uniqueEmail } from "./sign-in.ts";
import { openAccountMenu } from "./support/header-menu.ts";
import { rsvpAnswered } from "./support/rsvp.ts";

/** The next published session (by the app's clock) held remotely, with its papers in order. */
async function upcomingWithPapers() {
  const { rows } = await e2eDb().query<{ id: string; title: string | null }>(
    `SELECT s.id, s.title FROM sessions s
      WHERE s.status = 'PUBLISHED' AND s.removed_at IS NULL AND s.is_remote AND s.starts_at > $1
        AND EXISTS (SELECT 1 FROM slots p WHERE p.session_id = s.id)
      ORDER BY s.starts_at LIMIT 1`,
    [appNow()],
  );
  const papers = await e2eDb().query<{ title: string }>(
    `SELECT p.title FROM slots s JOIN papers p ON p.id = s.paper_id WHERE s.session_id = $1 ORDER BY s.position`,
    [rows[0].id],
  );
  return { ...rows[0], papers: papers.rows.map((p) => p.title) };
}

test("a member's home shows their next session, how they attend and what to read; the header shows it too", async ({ page }) => {
  const session = await upcomingWithPapers();
  await signInAs(page, uniqueEmail("home"));
  await page.goto("/");
  const home = page.getByTestId("your-home");
  await expect(home.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  await expect(home).toContainText("No RSVP for a session ahead.");
  await expect(home).toContainText("None yet.");

  await page.goto(`/sessions/${session.id}`);
  await page.getByRole("button", { name: "Attend remotely" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You're joining remotely" })).toBeVisible();
  await rsvpAnswered(page);

  await page.goto("/");
  const next = home.getByRole("link", { name: session.title ?? /.+/ }).first();
  await expect(next).toHaveAttribute("href", `/sessions/${session.id}`);
  await expect(home).toContainText("You're joining remotely");
  const readings = home.getByRole("list").first().getByRole("listitem");
  await expect(readings).toHaveText(session.papers.map((t) => `${t} (opens in a new tab)`));
  // The header: "Next: <day>" on the person's button at a desk, and in their menu the session and how they attend.
  await expect(page.getByTestId("header-next")).toHaveText(/^Next: \w{3}, \w{3} \d{1,2}$/);
  await openAccountMenu(page);
  const menu = page.locator("#account-menu");
  await expect(menu.getByRole("link", { name: session.title ?? /.+/ }).first()).toHaveAttribute("href", `/sessions/${session.id}`);
  await expect(menu).toContainText("You're joining remotely");
});

test("an organizer's home lists what needs doing, each with a count and where to do it", async ({ page }) => {
  await signInAs(page, "organizer@example.com");
  await page.goto("/");
  const todo = page.getByTestId("your-home").getByRole("heading", { name: "For organizers" }).locator("xpath=following-sibling::*[1]");
  const links = todo.getByRole("link");
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    await expect(link).toHaveText(/^\d+ (slots? needs? a speaker|speaker claims? to decide|suggestions? to triage|draft sessions? to publish)$/);
    expect(["/speak", "/papers?status=open", "/organize"]).toContain(await link.getAttribute("href"));
  }
  // A member has no such part.
  await signInAs(page, "member@example.com");
  await page.goto("/");
  await expect(page.getByTestId("your-home").getByRole("heading", { name: "For organizers" })).toHaveCount(0);
});

test("a visitor's home has no personal part", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read AI papers together.");
  await expect(page.getByTestId("your-home")).toHaveCount(0);
});
