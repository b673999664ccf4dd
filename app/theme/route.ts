// The theme switch (decision 031): a plain form post from the footer, so it works without
// JavaScript. It remembers the choice in a cookie and goes back to the page it came from, which
// the server then renders in that theme. A cookie on this device only: nothing else changes.
import { safeRedirectPath } from "@/lib/http/safe-redirect.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";
import { themeChoice, themeCookie } from "@/lib/theme.ts";

export async function POST(request: Request) {
  const form = await request.formData().catch(() => null);
  const choice = themeChoice.safeParse(form?.get("theme"));
  if (!choice.success) {
    return new Response(`${choice.error.issues[0].message}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const origin = siteOrigin(request.headers);
  return new Response(null, {
    status: 303,
    headers: {
      location: safeRedirectPath(request.headers.get("referer"), { origin }),
      "set-cookie": themeCookie(choice.data, origin.startsWith("https://")),
      "cache-control": "no-store",
    },
  });
}
