// The site's public base URL for links that leave the site (emails, feeds, Discord posts):
// APP_URL when configured, else the origin the request came to.
import "server-only";
import { headers } from "next/headers";
import { env } from "../env.ts";
import { requestOrigin } from "./cross-site.ts";

export async function siteUrl(): Promise<string> {
  if (env.APP_URL) return env.APP_URL.replace(/\/$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
}

/** The same, from a route handler's request (no request-scoped headers() needed). */
export function siteUrlOf(request: Request): string {
  return (env.APP_URL ?? requestOrigin(request)).replace(/\/$/, "");
}

/** The same, where there is no request (background jobs): APP_URL, else this machine's port. */
export function configuredSiteUrl(): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
