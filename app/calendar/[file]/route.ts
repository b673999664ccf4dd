import { z } from "zod";
import { seriesCalendar } from "@/lib/calendar/feeds.ts";
import { icsResponse, slugOfIcsFile } from "@/lib/calendar/ics-response.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";

// GET /calendar/{series}.ics — a series' published schedule as a subscribable calendar (also as webcal://)
export const GET = apiRoute({
  params: z.object({ file: z.string() }),
  anonymous: true,
  handler: async ({ request, params }) =>
    icsResponse(await seriesCalendar({ slug: slugOfIcsFile(params.file, "series") }, siteOrigin(request.headers)), "inline"),
});
