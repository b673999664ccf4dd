import { expect, test } from "@playwright/test";
import { e2eDb, signInAs, uniqueEmail, userIdFor } from "./sign-in.ts";

test("an organizer moves a paper to another session and publishes; visitors see it, and its speaker is emailed", async ({ browser }) => {
  const db = e2eDb();
  // Two sessions of the weekly Paper Club far enough ahead that no other journey touches them,
  // and a speaker of our own for the paper that moves.
  const { rows: sessions } = await db.query<{ id: string; slot_id: string; title: string }>(
    `SELECT s.id, sl.id AS slot_id, p.title FROM sessions s
       JOIN series se ON se.id = s.series_id AND se.slug = 'paper-club'
       JOIN slots sl ON sl.session_id = s.id JOIN papers p ON p.id = sl.paper_id
     WHERE s.status = 'PUBLISHED' AND s.starts_at > now() ORDER BY s.starts_at DESC LIMIT 2`,
  );
  const [target, source] = sessions;
  const speakerEmail = uniqueEmail("speaker");
  const speakerId = await userIdFor(speakerEmail);
  await db.query(`DELETE FROM speaker_claims WHERE slot_id = $1`, [source.slot_id]);
  await db.query(`INSERT INTO speaker_claims (slot_id, user_id, status) VALUES ($1, $2, 'APPROVED')`, [source.slot_id, speakerId]);

  const organizer = await browser.newContext();
  await signInAs(organizer, "organizer@example.com");
  const desk = await organizer.newPage();
  await desk.goto(`/organize/sessions/${source.id}`);
  await desk.getByLabel(`Move “${source.title}” to`, { exact: true }).selectOption(target.id);
  await desk.getByRole("button", { name: `Move “${source.title}” to the chosen session` }).click();
  await expect(desk.getByText("Moved to the other session, with its presenter.")).toBeVisible();

  // Private until published: the public session page still lists the paper where it was.
  const visitor = await browser.newPage();
  await visitor.goto(`/sessions/${source.id}`);
  await expect(visitor.getByText(source.title).first()).toBeVisible();

  await desk.goto("/organize/series/paper-club");
  await expect(desk.getByText(`Reading added to`).filter({ hasText: source.title })).toBeVisible();
  await desk.getByLabel("Note").fill("A paper moved a week.");
  await desk.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(desk.getByText(/^Published version \d+\.$/)).toBeVisible();

  // Visitors read public pages from the front's cache (a few seconds, decision 020): the new
  // schedule reaches them within that time.
  await expect(async () => {
    await visitor.goto(`/sessions/${target.id}`);
    await expect(visitor.getByRole("main").getByText(source.title).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const latest = visitor.getByTestId("publication").first();
  await expect(async () => {
    await visitor.goto("/schedule/changes?series=paper-club");
    await expect(latest).toContainText("A paper moved a week.", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(latest.getByText(`Reading added to`).filter({ hasText: source.title })).toBeVisible();
  await expect(latest.getByText(`Reading removed from`).filter({ hasText: source.title })).toBeVisible();
  await visitor.goto("/schedule");
  await expect(visitor.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    "href",
    /\/schedule\/changes\.atom\?series=/,
  );

  // The speaker's email goes out through the queue to the development outbox.
  await expect
    .poll(async () => (await db.query(`SELECT subject, text FROM outbox_emails WHERE "to" = $1`, [speakerEmail])).rows, { timeout: 30_000 })
    .toEqual([expect.objectContaining({ subject: "Paper Club: the schedule changed", text: expect.stringContaining(source.title) })]);
  await organizer.close();
  await visitor.close();
});
