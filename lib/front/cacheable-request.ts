// Which requests the front may answer from its cache: reads of the public pages and the public
// schedule API, as a page or as the RSC payload of a client navigation to it. These pages are the
// same for everyone; a signed-in person gets the same copy with their personal layer written in
// (lib/front/personal-layer.ts, decision 028) — except on /speak, whose claim forms are still
// rendered per person, so theirs goes to the app. So do server actions and everything else.
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

/** Public pages that still render per person: a signed-in person's request goes to the app. */
const RENDERED_PER_PERSON = [/^\/speak$/];
/** Pages that show organizers tools members do not get: an organizer's request goes to the app. */
export const STAFF_TOOL_PATHS = [/^\/papers$/];

export type Audience = "visitor" | "member";

/** Whether the front may answer from its cache, and for whom: a visitor, or a signed-in person. */
export function cacheAudience(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): Audience | null {
  if ((method !== "GET" && method !== "HEAD") || !url || url.length > 512) return null;
  if (headers["next-action"]) return null;
  const path = url.split("?")[0];
  if (!PUBLIC_PATHS.some((p) => p.test(path))) return null;
  if (!(headers.cookie && SESSION_COOKIE.test(headers.cookie))) return "visitor";
  return RENDERED_PER_PERSON.some((p) => p.test(path)) ? null : "member";
}

export function isCacheableRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): boolean {
  return cacheAudience(method, url, headers) === "visitor";
}

export const showsStaffTools = (url: string) => STAFF_TOOL_PATHS.some((p) => p.test(url.split("?")[0]));

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
