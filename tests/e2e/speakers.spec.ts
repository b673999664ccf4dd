import { expect, test } from "@playwright/test";
import { signInAs, uniqueEmail } from "./sign-in.ts";
import { seriesWithOpenSlots } from "./support/own-series.ts";

test("a volunteer claims a slot on /speak, an organizer approves it, and the presenter appears on the session page", async ({
  browser,
  baseURL,
}, testInfo) => {
  // A series of its own whose claims wait for an organizer's approval, as Test of Time's do.
  const { slug } = await seriesWithOpenSlots(browser, baseURL!, { name: "Claims journey", papers: 2 });
  const volunteerEmail = uniqueEmail("volunteer");
  const volunteerName = volunteerEmail.split("@")[0];
  const volunteer = await browser.newContext();
  await signInAs(volunteer, volunteerEmail);
  const page = await volunteer.newPage();
  await page.goto(`/speak?series=${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Needs a speaker" })).toBeVisible();
  // Desktop and phone run at once: each takes a different slot.
  const slots = page.getByTestId("open-slot");
  const card = testInfo.project.name === "desktop" ? slots.first() : slots.last();
  const paperTitle = (await card.getByRole("heading").innerText()).replace("(opens in a new tab)", "").trim();
  const sessionHref = (await card.getByRole("link").first().getAttribute("href"))!;
  await card.locator("summary").click();
  await card.getByLabel("Note for the organizers (optional)").fill("I have taught this paper twice.");
  await card.getByRole("button", { name: "I will present this paper" }).click();
  await expect(card.getByRole("status")).toContainText("Thank you! Your claim is in");

  const organizer = await browser.newContext();
  await signInAs(organizer, "organizer@example.com");
  const desk = await organizer.newPage();
  await desk.goto(`/speak?series=${slug}`);
  const pending = desk.getByTestId("pending-claim").filter({ hasText: volunteerName }).filter({ hasText: paperTitle });
  await expect(pending).toHaveCount(1);
  await pending.getByRole("button", { name: /^Approve/ }).click();
  await expect(pending.getByRole("status")).toHaveText("Approved.");

  // A visitor's page comes from the front's cache, up to a few seconds old (decision 020).
  const visitor = await browser.newPage();
  const slot = visitor.locator("li").filter({ hasText: paperTitle });
  await expect(async () => {
    await visitor.goto(sessionHref);
    await expect(slot.getByText(`Presented by ${volunteerName}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await volunteer.close();
  await organizer.close();
  await visitor.close();
});

test("an organizer invites an outside author, who signs in from the link and becomes the presenter", async ({ browser, baseURL }, testInfo) => {
  const { slug } = await seriesWithOpenSlots(browser, baseURL!, { name: "Invitation journey", papers: 1 });
  const organizer = await browser.newContext();
  await signInAs(organizer, "organizer@example.com");
  const desk = await organizer.newPage();
  await desk.goto(`/speak?series=${slug}`);
  const card = desk.getByTestId("open-slot").first();
  const paperTitle = (await card.getByRole("heading").innerText()).replace("(opens in a new tab)", "").trim();
  const sessionHref = (await card.getByRole("link").first().getAttribute("href"))!;
  await card.getByText(/^Assign or invite/).click();
  const authorName = `Author ${testInfo.project.name}`;
  const authorEmail = uniqueEmail("author");
  await card.getByLabel("Name", { exact: true }).fill(authorName);
  await card.getByLabel("Email", { exact: true }).fill(authorEmail);
  await card.getByRole("button", { name: "Send invitation" }).click();
  await expect(card.getByText("Invitation sent.")).toBeVisible();
  const link = (await card.getByText(/^Link: /).innerText()).replace(/^Link: /, "").trim();

  const author = await browser.newContext();
  const page = await author.newPage();
  await page.goto(link);
  // Visitors are sent to sign in first, and come back to the invitation afterwards.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  const callbackUrl = new URL(page.url()).searchParams.get("callbackUrl")!;
  await signInAs(author, authorEmail);
  await page.goto(callbackUrl);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(paperTitle);
  await page.getByRole("button", { name: "Accept and present this paper" }).click();
  await expect(page).toHaveURL(new RegExp(`${sessionHref}\\?presenting=1$`));
  await expect(page.locator("li").filter({ hasText: paperTitle }).getByText(`Presented by ${authorName}`)).toBeVisible();
  await organizer.close();
  await author.close();
});
