// Which requests the front may answer from its cache: reads of the public pages and the public
// schedule API by someone who is not signed in, as a page or as the RSC payload of a client
// navigation to it. A signed-in person's page shows their own RSVPs and menu, so it always goes
// to the app; so do server actions and everything else.
import type { IncomingHttpHeaders } from "node:http";

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/schedule$/,
  /^\/schedule\/changes$/,
  new RegExp(`^/sessions/${UUID}$`),
  /^\/tracks\/[a-z0-9-]{1,80}$/,
  /^\/papers$/,
  /^\/speak$/,
  /^\/api\/v1\/schedule$/,
];

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;

export function isCacheableRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean {
  if ((method !== "GET" && method !== "HEAD") || !url || url.length > 512) return false;
  if (headers["next-action"]) return false;
  if (headers.cookie && SESSION_COOKIE.test(headers.cookie)) return false;
  const path = url.split("?")[0];
  return PUBLIC_PATHS.some((p) => p.test(path));
}

/** Request headers an RSC answer varies on (Next's `Vary`: rsc, next-router-state-tree, …). */
const varying = (name: string) => name === "rsc" || name.startsWith("next-");

/**
 * The cache key of a cacheable request: host and URL, and for a client navigation the headers
 * its answer depends on (the router's state tree says which page the visitor came from). Null
 * when those are too long to keep.
 */
export function cacheKey(url: string, headers: IncomingHttpHeaders): string | null {
  const vary = Object.keys(headers)
    .filter(varying)
    .sort()
    .map((name) => `${name}: ${String(headers[name])}`);
  const key = [`${headers.host ?? ""} ${url}`, ...vary].join("\n");
  return key.length > 4096 ? null : key;
}
