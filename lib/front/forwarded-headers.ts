// What the front tells Next.js about a request: the forwarding headers say what the front saw
// itself, never what a client wrote. Every X-Forwarded-*, Forwarded, X-Real-IP, X-Original-* and
// the like that arrives is dropped; then X-Forwarded-For is the client's address (after the
// entries TRUSTED_PROXIES load balancers appended), X-Forwarded-Proto the scheme the nearest
// trusted proxy reported (else http: the front itself speaks plain HTTP), X-Forwarded-Host the
// Host header. docs/decisions/026-one-origin.md. Pure; unit-tested.
import type { IncomingHttpHeaders } from "node:http";

const FORWARDING = /^(forwarded|x-forwarded-.*|x-real-ip|x-original-.*|x-host|x-client-ip|true-client-ip|x-cluster-client-ip|client-ip)$/;

/** Headers that describe the client or the way the request came: only the front may set them. */
export const isForwardingHeader = (name: string) => FORWARDING.test(name.toLowerCase());

const list = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);

/**
 * The request's headers as the front passes them on. `client` is the socket's address;
 * `trustedProxies` how many proxies in front of the front append to X-Forwarded-For (their
 * entries are kept, a client's own are not).
 */
export function forwardedHeaders(headers: IncomingHttpHeaders, client: string, trustedProxies: number): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!isForwardingHeader(name)) kept[name] = value;
  const appended = trustedProxies > 0 ? list(headers["x-forwarded-for"]).slice(-trustedProxies) : [];
  const reported = trustedProxies > 0 ? list(headers["x-forwarded-proto"]).at(-1)?.toLowerCase() : undefined;
  kept["x-forwarded-for"] = [...appended, client].join(", ");
  kept["x-forwarded-proto"] = reported === "https" ? "https" : "http";
  if (headers.host) kept["x-forwarded-host"] = headers.host;
  return kept;
}
