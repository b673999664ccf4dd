// The colour theme of a test's pages: "light" as the system gives it (no cookie), "dark" as the
// theme switch remembers it (the `theme` cookie, lib/theme.ts), which the server renders.
import type { Page } from "@playwright/test";
import { e2eBaseUrl } from "./e2e-env.ts";

export const THEMES = ["light", "dark"] as const;

export async function chooseTheme(page: Page, theme: (typeof THEMES)[number]) {
  if (theme === "dark") await page.context().addCookies([{ name: "theme", value: "dark", url: e2eBaseUrl }]);
}
