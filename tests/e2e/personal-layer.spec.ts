// Signed-in people get the front's shared copy of a public page with their own personal layer
// written in (decision 028): the header, RSVP states and votes are theirs, nobody else's; before
// the page's JavaScript runs they see no "Sign in"; their own change shows at once and on
// their next page view.
import { expect, test } from "@playwright/test";
import { e2eDb, signInAs, uniqueEmail } from "./sign-in.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";

test("two members on the same cached pages each see their own RSVPs; a change shows at once and on the next view", async ({ browser, baseURL }) => {
  const db = e2eDb();
  // A session of its own (whatever today's date), remote and in person with seats, published by an organizer.
  const slug = `layer-${systemNow().getTime().toString(36)}-${process.pid}`;
  const { rows: series } = await db.query<{ id: string }>(
    `INSERT INTO series (slug, name, time_zone) VALUES ($1, 'Personal layer journey', 'America/Los_Angeles') RETURNING id`,
    [slug],
  );
  const startsAt = new Date(appNow().getTime() + 200 * 86_400_000);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (series_id, title, starts_at, ends_at, time_zone, is_in_person, is_remote, venue_name, seats, remote_url, status)
     VALUES ($1, 'Layered session', $2, $3, 'America/Los_Angeles', true, true, 'The room', 30, 'https://zoom.example/j/layer', 'DRAFT')
     RETURNING id`,
    [series[0].id, startsAt, new Date(startsAt.getTime() + 90 * 60_000)],
  );
  const sessionId = rows[0].id;
  const path = `/sessions/${sessionId}`;
  const organizer = await browser.newContext();
  await signInAs(organizer, "organizer@example.com");
  const published = await organizer.request.post(`/api/v1/series/${slug}/publications`, {
    data: { note: "" },
    headers: { origin: baseURL!, "content-type": "application/json" },
  });
  expect(published.status()).toBe(201);
  await organizer.close();

  const adaEmail = uniqueEmail("ada");
  const ada = await browser.newContext();
  await signInAs(ada, adaEmail);
  const adaPage = await ada.newPage();
  const first = await adaPage.goto(path);
  expect(first!.headers()["cache-control"]).toBe("private, no-store");
  const account = adaPage.getByRole("navigation", { name: "Account" });
  await expect(account.getByRole("button", { name: new RegExp(`^${adaEmail.split("@")[0]}: account menu`) })).toBeVisible();
  await expect(account.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await adaPage.getByRole("button", { name: "Attend remotely" }).click();
  await expect(adaPage.getByRole("status").filter({ hasText: "You're joining remotely" })).toBeVisible();
  await expect(adaPage.getByRole("link", { name: /Join on Zoom/ })).toHaveAttribute("href", "https://zoom.example/j/layer");

  // Bob reads the same page from the front's cache: his own header, no RSVP, and not Ada's Zoom link.
  const bob = await browser.newContext();
  await signInAs(bob, uniqueEmail("bob"));
  const bobPage = await bob.newPage();
  const bobs = await bobPage.goto(path);
  expect(bobs!.headers()["x-cache"]).toMatch(/^(hit|stale|miss)$/);
  await expect(bobPage.getByRole("button", { name: "Attend remotely" })).toBeEnabled();
  await expect(bobPage.getByRole("link", { name: /Join on Zoom/ })).toHaveCount(0);
  expect(await bobPage.content()).not.toContain("zoom.example/j/layer");
  expect(await bobPage.content()).not.toContain(adaEmail.split("@")[0]);

  // Ada's next page view shows her RSVP: a copy fetched after her change (read your writes), which
  // from then on is everyone's — her view after that is a cache hit.
  const again = await adaPage.goto(path);
  expect(again!.headers()["x-cache"]).toBe("miss");
  await expect(adaPage.getByRole("status").filter({ hasText: "You're joining remotely" })).toBeVisible();
  const hit = await adaPage.goto(path);
  expect(hit!.headers()["x-cache"]).toMatch(/^(hit|stale)$/);
  await expect(adaPage.getByRole("status").filter({ hasText: "You're joining remotely" })).toBeVisible();
  await adaPage.goto(`/schedule?series=${slug}&when=all`);
  await expect(adaPage.getByTestId("session-row").filter({ hasText: "Layered session" })).toContainText("You're joining remotely");
  await bobPage.goto(`/schedule?series=${slug}&when=all`);
  await expect(bobPage.getByTestId("session-row").filter({ hasText: "Layered session" })).not.toContainText("You're");

  // She cancels; the change shows at once and on her next view.
  await adaPage.goto(path);
  await adaPage.getByRole("button", { name: "Cancel RSVP" }).click();
  await expect(adaPage.getByRole("status").filter({ hasText: "Your RSVP is cancelled." })).toBeVisible();
  await adaPage.reload();
  await expect(adaPage.getByRole("button", { name: "Attend remotely" })).toBeEnabled();
  await expect(adaPage.getByRole("button", { name: "Cancel RSVP" })).toHaveCount(0);

  // Before any JavaScript runs, a signed-in person sees no "Sign in": the RSVP buttons wait, disabled.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await signInAs(noScript, adaEmail);
  const raw = await noScript.newPage();
  await raw.goto(path);
  await expect(raw.getByRole("link", { name: "Sign in" })).toBeHidden();
  await expect(raw.getByRole("link", { name: /Sign in to RSVP/ })).toBeHidden();
  await expect(raw.getByRole("button", { name: "Attend in person" })).toBeDisabled();
  // A visitor's page has them, and no personal data.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(path);
  await expect(visitorPage.getByRole("link", { name: /Sign in to RSVP/ })).toBeVisible();
  await expect(visitorPage.getByRole("button", { name: "Attend in person" })).toBeHidden();
  for (const context of [ada, bob, noScript, visitor]) await context.close();
});
