import { z } from "zod";
import { icsResponse, slugOfIcsFile } from "@/lib/calendar/ics-response.ts";
import { personalCalendar } from "@/lib/calendar/personal-feed.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";

// GET /calendar/u/{token}.ics — a person's RSVPs and talks, with their remote links (the token is the key)
export const GET = apiRoute({
  params: z.object({ file: z.string() }),
  anonymous: true,
  handler: async ({ request, params }) => {
    const response = icsResponse(await personalCalendar({ token: slugOfIcsFile(params.file, "calendar") }, siteOrigin(request.headers)), "inline");
    // Personal: never in a shared cache.
    response.headers.set("Cache-Control", "private, max-age=300");
    return response;
  },
});
