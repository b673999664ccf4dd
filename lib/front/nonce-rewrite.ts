// A cached page keeps the nonce it was rendered with only in memory: each response gets a fresh
// one, written over every place the old one stood (script tags, the CSP header). The old nonce
// is 48 random characters no visitor ever saw, so it cannot stand in a page's text by accident
// or by design. Pure; unit-tested.
import { randomUUID } from "node:crypto";

/** The nonce named in a Content-Security-Policy value, if any. */
export function nonceOf(csp: string | undefined): string | null {
  return csp?.match(/'nonce-([A-Za-z0-9+/=_-]+)'/)?.[1] ?? null;
}

/** The same shape as proxy.ts makes: base64 of a random UUID (48 characters). */
export const freshNonce = () => Buffer.from(randomUUID()).toString("base64");

/** Where `nonce` stands in `body`, found once when the page is cached. */
export function noncePositions(body: Buffer, nonce: string): number[] {
  const needle = Buffer.from(nonce);
  const positions: number[] = [];
  for (let at = body.indexOf(needle); at !== -1; at = body.indexOf(needle, at + needle.length)) positions.push(at);
  return positions;
}

/** A copy of `body` with `nonce` written at each position (same length as the old one). */
export function withNonce(body: Buffer, positions: number[], nonce: string): Buffer {
  const copy = Buffer.from(body);
  for (const at of positions) copy.write(nonce, at, "latin1");
  return copy;
}
