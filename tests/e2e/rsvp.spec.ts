import { devices, expect, test } from "@playwright/test";
import { e2eDb, signInAs, uniqueEmail } from "./sign-in.ts";
import { appNow, systemNow } from "../../lib/time/clock.ts";
import { rsvpAnswered } from "./support/rsvp.ts";

test("seats fill, the next person waits in line, a cancellation gives them the seat and an email; the door checks them in on a phone", async ({
  browser,
  baseURL,
}) => {
  const db = e2eDb();
  // A series of its own, published through the API, so that no other journey sees or changes it
  // (and whatever today's date: the demo season may be over).
  const slug = `rsvp-${systemNow().getTime().toString(36)}-${process.pid}`;
  const { rows: series } = await db.query<{ id: string }>(
    `INSERT INTO series (slug, name, time_zone) VALUES ($1, 'RSVP journey', 'America/Los_Angeles') RETURNING id`,
    [slug],
  );
  const startsAt = new Date(appNow().getTime() + 300 * 86_400_000);
  const { rows: sessions } = await db.query<{ id: string }>(
    `INSERT INTO sessions (series_id, title, starts_at, ends_at, time_zone, is_in_person, is_remote, venue_name, seats, remote_url, status)
     VALUES ($1, 'One seat only', $2, $3, 'America/Los_Angeles', true, true, 'The small room', 1, 'https://zoom.example/j/e2e', 'DRAFT')
     RETURNING id`,
    [series[0].id, startsAt, new Date(startsAt.getTime() + 90 * 60_000)],
  );
  const sessionId = sessions[0].id;

  // The organizer publishes the series through the API, as a script would.
  const { defaultBrowserType: _browser, ...phone } = devices["Pixel 7"];
  const organizer = await browser.newContext(phone);
  await signInAs(organizer, "organizer@example.com");
  const published = await organizer.request.post(`/api/v1/series/${slug}/publications`, {
    data: { note: "" },
    headers: { origin: baseURL!, "content-type": "application/json" },
  });
  expect(published.status()).toBe(201);

  const first = await browser.newContext();
  await signInAs(first, uniqueEmail("first"));
  const firstPage = await first.newPage();
  await firstPage.goto(`/sessions/${sessionId}`);
  await expect(firstPage.getByText("https://zoom.example/j/e2e")).toHaveCount(0);
  // Structured data and a link preview, without the Zoom link.
  const jsonLd = JSON.parse((await firstPage.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "Event", name: "One seat only", eventAttendanceMode: "https://schema.org/MixedEventAttendanceMode" });
  await expect(firstPage.locator('meta[property="og:title"]')).toHaveAttribute("content", "One seat only · RSVP journey");
  expect(await firstPage.content()).not.toContain("zoom.example/j/e2e");
  await firstPage.getByRole("button", { name: "Attend in person" }).click();
  await expect(firstPage.getByRole("status").filter({ hasText: "You're going in person" })).toBeVisible();
  await rsvpAnswered(firstPage);

  const secondEmail = uniqueEmail("second");
  const second = await browser.newContext();
  await signInAs(second, secondEmail);
  const secondPage = await second.newPage();
  await secondPage.goto(`/sessions/${sessionId}`);
  await secondPage.getByRole("button", { name: "Join the in-person waitlist" }).click();
  await expect(secondPage.getByRole("status").filter({ hasText: "You're #1 on the waitlist for a seat" })).toBeVisible();
  // Remote meanwhile: the link is there for them.
  await expect(secondPage.getByRole("link", { name: /Join on Zoom/ })).toHaveAttribute("href", "https://zoom.example/j/e2e");

  await firstPage.getByRole("button", { name: "Cancel RSVP" }).click();
  await expect(firstPage.getByRole("status").filter({ hasText: "Your RSVP is cancelled." })).toBeVisible();
  // The seat went to the next person in line at once: the room is full again.
  await expect(firstPage.getByRole("button", { name: "Join the in-person waitlist" })).toBeVisible();

  await secondPage.reload();
  await expect(secondPage.getByRole("status").filter({ hasText: "You're going in person" })).toBeVisible();
  await expect
    .poll(async () => (await db.query(`SELECT subject FROM outbox_emails WHERE "to" = $1 ORDER BY created_at`, [secondEmail])).rows, {
      timeout: 30_000,
    })
    .toEqual(expect.arrayContaining([{ subject: "You have a seat: One seat only" }]));

  // At the door, on a phone: find the person, one tap, the count goes up.
  const door = await organizer.newPage();
  await door.goto(`/organize/sessions/${sessionId}/check-in`);
  await expect(door.getByTestId("door-count")).toContainText("0 / 1 checked in");
  await door.getByLabel("Search by name or email").fill("second");
  await door.getByRole("button", { name: /^Check in second/ }).click();
  await expect(door.getByTestId("door-count")).toContainText("1 / 1 checked in");
  await expect
    .poll(
      async () =>
        (await db.query(`SELECT checked_in_at FROM rsvps WHERE session_id = $1 AND status = 'CONFIRMED'`, [sessionId])).rows[0]?.checked_in_at,
    )
    .not.toBeNull();
  await expect(door.getByRole("button", { name: /Undo the check-in of second/ })).toBeVisible();

  await organizer.close();
  await first.close();
  await second.close();
});
