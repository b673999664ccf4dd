// The colour theme a person chose (decision 031): "light" or "dark" in the `theme` cookie, or
// none, which follows the system setting. No Next.js APIs here: the root layout, the theme
// switch's route and the front (lib/front/theme-rewrite.ts) read it the same way. Pure.
import { z } from "zod";

export const THEME_COOKIE = "theme";
export type Theme = "light" | "dark";

/** What the switch may ask for: a theme, or "system" to follow the device again. */
export const themeChoice = z.enum(["system", "light", "dark"], { message: "Choose the system, light or dark theme." });

/** The theme a cookie value names, or null (none, or anything else). */
export function themeOf(value: string | undefined | null): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}

/** The theme named in a Cookie header, or null. */
export function themeFromCookieHeader(header: string | undefined | null): Theme | null {
  const match = header?.match(/(?:^|;\s*)theme=([a-z]+)/);
  return themeOf(match?.[1]);
}

/** The Set-Cookie value that remembers a choice for a year ("system" forgets it). */
export function themeCookie(choice: z.infer<typeof themeChoice>, secure: boolean): string {
  const flags = `Path=/; SameSite=Lax${secure ? "; Secure" : ""}`;
  return choice === "system" ? `${THEME_COOKIE}=; Max-Age=0; ${flags}` : `${THEME_COOKIE}=${choice}; Max-Age=31536000; ${flags}`;
}
