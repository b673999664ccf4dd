// What proxy.ts answers instead of a page while the database is down (decision 021): 503 with
// Retry-After and a friendly "back in a moment" page that reloads itself, not a 500 error page.
// API routes and server actions are let through: they answer their own JSON 503 / form error
// (describeError). No React and no database here: this must work when nothing else does.
import { isDatabaseReachable } from "../db/availability.ts";

export const RETRY_AFTER_SECONDS = 5;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}">
<meta name="robots" content="noindex">
<title>Back in a moment · Paper Club</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;text-align:center;color:#1e293b}h1{font-size:1.875rem}a{color:#3730a3}</style>
</head>
<body>
<h1>We'll be back in a moment</h1>
<p>Paper Club cannot reach its database just now. Nothing you did was lost: this page tries again by itself in a few seconds.</p>
<p><a href="">Try again now</a></p>
</body>
</html>
`;

/** Requests that answer for themselves during an outage. */
function answersItself(request: Request, pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/") || request.headers.has("next-action");
}

/** The 503 to send instead of `request`'s page, or null when the page should be served. */
export async function outageAnswer(request: Request, pathname: string): Promise<Response | null> {
  if (answersItself(request, pathname) || (await isDatabaseReachable())) return null;
  const wantsHtml = (request.headers.get("accept") ?? "").includes("text/html");
  return new Response(
    request.method === "HEAD" ? null : wantsHtml ? PAGE : "The database is not reachable right now. Please try again in a moment.\n",
    {
      status: 503,
      headers: {
        "Content-Type": wantsHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
        "Retry-After": String(RETRY_AFTER_SECONDS),
        "Cache-Control": "no-store",
        // The page has no script and no content of anyone's: nothing may load, only its own style.
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
    },
  );
}
