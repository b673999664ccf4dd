// The front's cached copy of a page is rendered without cookies, so its <html> names no theme;
// for someone who chose one (the `theme` cookie, lib/theme.ts) the front writes it in, as the
// app's root layout would have: `<html lang="en" data-theme="dark" …>`. Pure; unit-tested.
import type { Theme } from "../theme.ts";

const HTML_TAG = Buffer.from("<html");

/** `body` with data-theme on its <html> tag (found in its first 512 bytes), or `body` itself. */
export function withTheme(body: Buffer, theme: Theme | null): Buffer {
  if (!theme) return body;
  const at = body.subarray(0, 512).indexOf(HTML_TAG);
  if (at === -1) return body;
  const end = at + HTML_TAG.length;
  return Buffer.concat([body.subarray(0, end), Buffer.from(` data-theme="${theme}"`), body.subarray(end)]);
}
