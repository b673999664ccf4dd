import { expect, test } from "@playwright/test";
import { signInAs, uniqueEmail } from "./sign-in.ts";

// Each browser size suggests its own paper (a paper can be suggested once).
const PAPERS: Record<string, { url: string; title: string }> = {
  desktop: { url: "https://arxiv.org/abs/2002.05709v3", title: "A Simple Framework for Contrastive Learning of Visual Representations" },
  phone: { url: "arxiv.org/pdf/1905.11946", title: "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks" },
};

test(
  "a member pastes an arXiv link, sees the title filled in, suggests it, and upvotes another suggestion",
  { tag: "@phone" },
  async ({ page }, testInfo) => {
    const paper = PAPERS[testInfo.project.name];
    await signInAs(page, uniqueEmail("suggester"));
    await page.goto("/papers/suggest");
    const url = page.getByLabel("arXiv link or id, DOI, or link");
    await url.fill(paper.url);
    await url.blur();
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(paper.title, { timeout: 20_000 });
    await expect(page.getByLabel("Authors")).not.toHaveValue("");
    await page.getByLabel("Why it matters").fill("<script>alert('x')</script> A classic worth reading together.");
    await page.getByRole("button", { name: "Suggest this paper" }).click();
    await expect(page.getByText("Thank you! Your suggestion is on the board.")).toBeVisible();

    await page.goto("/papers?sort=newest");
    const mine = page.getByTestId("suggestion").filter({ hasText: paper.title });
    await expect(mine).toHaveCount(1);
    // What was typed is shown as text, never run.
    await expect(mine.getByText("<script>alert('x')</script> A classic worth reading together.")).toBeVisible();

    const candidate = page
      .getByTestId("suggestion")
      .filter({ hasNotText: paper.title })
      .filter({ has: page.getByRole("button", { name: /^Upvote / }) })
      .first();
    // Followed by its id: titles need not be unique (other journeys suggest the same ones).
    const other = page.locator(`[id="${await candidate.getAttribute("id")}"]`);
    const count = Number(await other.getByTestId("vote-count").innerText());
    await other.getByRole("button", { name: /^Upvote / }).click();
    await expect(other.getByTestId("vote-count")).toHaveText(String(count + 1));
    await expect(other.getByRole("button", { name: /^Take back your vote/ })).toHaveAttribute("aria-pressed", "true");
    // The button stays disabled until the server has stored the vote.
    await expect(other.getByRole("button", { name: /^Take back your vote/ })).toBeEnabled();

    // The vote is stored: it is still there after a reload.
    await page.reload();
    await expect(other.getByRole("button", { name: /^Take back your vote/ })).toBeVisible();
    await expect(other.getByTestId("vote-count")).toHaveText(String(count + 1));

    // Pasting the same paper again points to the existing suggestion.
    await page.goto("/papers/suggest");
    await page.getByLabel("arXiv link or id, DOI, or link").fill(paper.url);
    await page.getByLabel("arXiv link or id, DOI, or link").blur();
    await expect(page.getByText(/Already suggested/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("link", { name: "Upvote it on the board" })).toBeVisible();
  },
);

test("visitors see the board and are asked to sign in to vote or suggest", { tag: "@phone" }, async ({ page }) => {
  await page.goto("/papers");
  await expect(page.getByRole("heading", { level: 1, name: "Suggested papers" })).toBeVisible();
  expect(await page.getByTestId("suggestion").count()).toBeGreaterThan(3);
  await expect(page.getByRole("link", { name: "Sign in to vote" }).first()).toBeVisible();
  await page.getByRole("link", { name: "Suggest a paper or topic" }).click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpapers%2Fsuggest|\/signin\?callbackUrl=\/papers\/suggest/);
});
