import { z } from "zod";
import { trackCalendar } from "@/lib/calendar/feeds.ts";
import { icsResponse, slugOfIcsFile } from "@/lib/calendar/ics-response.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";

// GET /calendar/tracks/{slug}.ics — a track's published sessions as a subscribable calendar
export const GET = apiRoute({
  params: z.object({ file: z.string() }),
  anonymous: true,
  handler: async ({ request, params }) =>
    icsResponse(await trackCalendar({ slug: slugOfIcsFile(params.file, "track") }, siteOrigin(request.headers)), "inline"),
});
