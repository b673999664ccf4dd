// Requests to the route handlers as our own pages send them: same origin, JSON body.
// `crossSite`/`contentType` let the edge tests send what a hostile page would.
import { NextRequest } from "next/server";

export const ORIGIN = "http://localhost";

type Options = { method?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string };

export function apiRequest(path: string, { method = "GET", body, headers = {}, rawBody }: Options = {}): NextRequest {
  const mutating = !["GET", "HEAD"].includes(method);
  return new NextRequest(`${ORIGIN}${path}`, {
    method,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    headers: {
      // Next.js always has the Host header; the site's origin comes from it (lib/http/site-origin.ts).
      host: new URL(ORIGIN).host,
      ...(mutating ? { origin: ORIGIN, "content-type": "application/json", "sec-fetch-site": "same-origin" } : {}),
      ...headers,
    },
  });
}

/** The route context Next passes a dynamic route handler. */
export function routeParams<T extends Record<string, string>>(params: T) {
  return { params: Promise.resolve(params) };
}
