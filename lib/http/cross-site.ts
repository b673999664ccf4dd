// Cross-site protection for the JSON API (docs/decisions/010-request-edge.md). Session cookies
// are SameSite=Lax, but that alone lets a top-level cross-site form post through in some
// browsers and says nothing about sibling subdomains. So a request that changes something must
// (1) come from our own origin — a same-origin Origin header, or Sec-Fetch-Site same-origin or
// none (typed into the browser) — and (2) say Content-Type: application/json, which a
// cross-site page cannot send without a CORS preflight that we never grant.
import { AppError } from "../errors.ts";

export const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The origin the browser sent the request to: its Host header (the scheme from
 * X-Forwarded-Proto behind a TLS proxy). Behind the front of `npm start` (lib/front) Next.js
 * listens on a private port, so request.url names that port, not the site's.
 */
export function requestOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() || url.protocol.slice(0, -1);
  if (!host || !/^[A-Za-z0-9.:[\]-]+$/.test(host) || !/^https?$/.test(proto)) return url.origin;
  return `${proto}://${host}`;
}

/** The origins that count as "us": the configured APP_URL and the origin the request was sent to. */
export function siteOrigins(request: Request, appUrl: string | undefined): string[] {
  const origins = [requestOrigin(request), new URL(request.url).origin];
  if (appUrl) origins.push(new URL(appUrl).origin);
  return origins;
}

export function assertSameOrigin(request: Request, appUrl: string | undefined): void {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (siteOrigins(request, appUrl).includes(origin)) return;
  } else {
    const site = request.headers.get("sec-fetch-site");
    if (site === "same-origin" || site === "none") return;
  }
  throw new AppError(
    "forbidden",
    "This request did not come from the Paper Club site. Changes are accepted only from the site itself (send a same-origin Origin header).",
  );
}

export function assertJsonContentType(request: Request): void {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("unsupported_media_type", 'Send the request body as JSON, with "Content-Type: application/json".');
  }
}
