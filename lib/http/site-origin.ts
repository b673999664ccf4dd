// The site's origin for the request a page, layout or server action is rendering: the rule of
// origin-rule.ts (APP_URL, else the request's validated Host and scheme). docs/decisions/026-one-origin.md
import "server-only";
import { headers as requestHeaders } from "next/headers";
import { siteOrigin } from "./origin-rule.ts";

export { siteOrigin } from "./origin-rule.ts";

/** The same, for the request a page, layout or server action is rendering. */
export async function currentSiteOrigin(): Promise<string> {
  return siteOrigin(await requestHeaders());
}
