// What the NextAuth route reads from a request before NextAuth does: the site's origin (handed
// on to NextAuth), the client's address, the form fields, and callback URLs that must be
// dropped because they lead off the site or do not parse (NextAuth answers those with a 500).
import "server-only";
import { z } from "zod";
import { env, forwardedHops } from "../env.ts";
import { safeRedirectPath } from "../http/safe-redirect.ts";

export const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"] as const;

/**
 * The request as NextAuth should see it: X-Forwarded-Host and -Proto name the site's origin
 * (lib/http/site-origin.ts), which NextAuth then takes as its own (NEXTAUTH_URL is APP_URL, or
 * unset with AUTH_TRUST_HOST: scripts/run-app.ts). So its links, callbacks and cookie names
 * follow the one rule, not NextAuth's own reading of the headers.
 */
export function headersForNextAuth(headers: Headers, origin: string): Headers {
  const url = new URL(origin);
  const copy = new Headers(headers);
  copy.set("x-forwarded-host", url.host);
  copy.set("x-forwarded-proto", url.protocol.slice(0, -1));
  return copy;
}

/** A callback URL NextAuth may see: a path or URL on this site. */
export function isSafeCallbackUrl(value: string, origin: string): boolean {
  return safeRedirectPath(value, { origin, fallback: "" }) !== "";
}

/** The request URL without an unsafe ?callbackUrl=, or null when nothing needs to change. */
export function withoutUnsafeCallbackParam(url: URL, origin: string): URL | null {
  const values = url.searchParams.getAll("callbackUrl");
  if (values.length === 0 || (values.length === 1 && isSafeCallbackUrl(values[0], origin))) return null;
  const clean = new URL(url);
  clean.searchParams.delete("callbackUrl");
  return clean;
}

const ip = z.union([z.ipv4(), z.ipv6()]);

/**
 * The client's address. Behind `hops` proxies we trust (forwardedHops: load balancers and npm
 * start's front), the entry the first of them appended: `hops` from the end of X-Forwarded-For,
 * so whatever a client sends in that header itself is ignored. With none (Next.js answering
 * the client directly, which sets the header only when it is missing), the first entry.
 * Else x-real-ip, else "unknown".
 */
export function clientAddress(headers: Headers, hops = forwardedHops(env)): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((e) => e.trim());
  const forwarded = hops > 0 && entries.length >= hops ? entries[entries.length - hops] : entries[0];
  const parsed = ip.safeParse(forwarded || headers.get("x-real-ip")?.trim());
  return parsed.success ? parsed.data.toLowerCase() : "unknown";
}

const formFields = z.record(z.string(), z.unknown());

/** A POSTed body as NextAuth reads it (form or JSON), as an object; {} for other types, null when malformed. */
export function parseAuthBody(text: string, contentType: string | null): Record<string, unknown> | null {
  try {
    const raw: unknown = contentType?.includes("application/json")
      ? JSON.parse(text)
      : contentType?.includes("application/x-www-form-urlencoded")
        ? Object.fromEntries(new URLSearchParams(text))
        : {};
    const parsed = formFields.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
