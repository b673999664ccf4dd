// Which requests the front may answer from its cache: reads of the public pages and the public
// schedule API by someone who is not signed in. A signed-in person's page shows their own RSVPs
// and menu, so it always goes to the app; so do client navigations (RSC payloads), server
// actions and everything else.
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
  if (headers.rsc || headers["next-action"] || headers["next-router-prefetch"] || headers["next-router-state-tree"]) return false;
  if (headers.cookie && SESSION_COOKIE.test(headers.cookie)) return false;
  const path = url.split("?")[0];
  return PUBLIC_PATHS.some((p) => p.test(path));
}
