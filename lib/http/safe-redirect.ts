// The one check for "where to go next" values that come from a request (callbackUrl, next, a
// NextAuth callback-url cookie). The value is resolved against the site's own origin with the
// WHATWG URL parser — the same parser a browser uses, so backslashes, tabs, newlines, encoded
// characters, "//host" and "/\host" are read the way the browser would read them — and only a
// same-origin path with its query and fragment is kept. Anything else gives the fallback.

const INTERNAL_ORIGIN = "http://paperclub.invalid";

/**
 * A same-origin path ("/me?tab=talks#rsvps") for `value`, or `fallback`.
 * `origin` is the site's origin; an absolute URL on it is accepted and reduced to its path.
 */
export function safeRedirectPath(value: unknown, options: { origin?: string; fallback?: string } = {}): string {
  const fallback = options.fallback ?? "/";
  if (typeof value !== "string" || value === "" || value.length > 2000) return fallback;
  let base: URL;
  try {
    base = new URL(options.origin ?? INTERNAL_ORIGIN);
  } catch {
    return fallback;
  }
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser already normalised the path; a result that a browser could still read as
  // another host ("//evil" or "/\evil") is refused outright.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/** The same, as an absolute URL on `origin` (what NextAuth's redirect callback must return). */
export function safeRedirectUrl(value: unknown, origin: string, fallback = "/"): string {
  return new URL(safeRedirectPath(value, { origin, fallback }), origin).toString();
}
