// Which requests the front may answer from its cache: reads of the public pages and the public
// schedule API by someone who is not signed in, as a page or as the RSC payload of a client
// navigation to it. A signed-in person's page shows their own RSVPs and menu, so it always goes
// to the app; so do server actions and everything else.
import type { IncomingHttpHeaders } from "node:http";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";

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
 * Next.js renders for bots differently (for HTML-limited bots the metadata is in <head>, for
 * Googlebot nothing streams): one copy per kind, each rendered for a stand-in of that kind.
 */
const BOT_STAND_INS = { dom: "Googlebot/2.1", html: "facebookexternalhit/1.1" } as const;

/**
 * The request that fills the cache for a visitor's request (its headers already as the front
 * forwards them, lib/front/forwarded-headers.ts), and its cache key. The app sees only headers
 * that are the same for everyone or in the key, and the key is exactly those headers and the
 * URL: a page cannot depend on a header the key misses. Null when the key would be too long.
 */
export function sharedRequest(url: string, forwarded: IncomingHttpHeaders): { key: string; headers: Record<string, string> } | null {
  const headers: Record<string, string> = {
    ...(forwarded.host ? { host: forwarded.host, "x-forwarded-host": forwarded.host } : {}),
    "x-forwarded-proto": String(forwarded["x-forwarded-proto"] ?? "http"),
    accept: "*/*",
    // The cached copy is uncompressed; the front compresses each answer itself.
    "accept-encoding": "identity",
  };
  const bot = getBotType(forwarded["user-agent"] ?? "");
  if (bot) headers["user-agent"] = BOT_STAND_INS[bot];
  for (const name of Object.keys(forwarded).filter(varying)) headers[name] = String(forwarded[name]);
  const key = [
    url,
    ...Object.keys(headers)
      .sort()
      .map((name) => `${name}: ${headers[name]}`),
  ].join("\n");
  return key.length > 4096 ? null : { key, headers };
}
