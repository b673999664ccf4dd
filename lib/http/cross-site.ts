// Cross-site protection for the JSON API (docs/decisions/010-request-edge.md). Session cookies
// are SameSite=Lax, but that alone lets a top-level cross-site form post through in some
// browsers and says nothing about sibling subdomains. So a request that changes something must
// (1) come from our own origin — a same-origin Origin header, or Sec-Fetch-Site same-origin or
// none (typed into the browser) — and (2) say Content-Type: application/json, which a
// cross-site page cannot send without a CORS preflight that we never grant.
import { AppError } from "../errors.ts";
import { siteOrigin, type HeaderSource } from "./origin-rule.ts";

export const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** A request, or anything with its headers (the front checks its own requests too). */
type WithHeaders = { headers: HeaderSource };

/** Accepts a request that came from the site itself (its origin: lib/http/site-origin.ts), else throws. */
export function assertSameOrigin(request: WithHeaders): void {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (origin === siteOrigin(request.headers)) return;
  } else {
    const site = request.headers.get("sec-fetch-site");
    if (site === "same-origin" || site === "none") return;
  }
  throw new AppError(
    "forbidden",
    "This request did not come from the Paper Club site. Changes are accepted only from the site itself (send a same-origin Origin header).",
  );
}

export function assertJsonContentType(request: WithHeaders): void {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("unsupported_media_type", 'Send the request body as JSON, with "Content-Type: application/json".');
  }
}
