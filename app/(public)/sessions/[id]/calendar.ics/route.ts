import { z } from "zod";
import { sessionCalendar } from "@/lib/calendar/feeds.ts";
import { icsResponse } from "@/lib/calendar/ics-response.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

// GET /sessions/{id}/calendar.ics — the session as an iCalendar file to import ("Add to calendar")
export const GET = apiRoute({
  params: z.object({ id: sessionIdSchema }),
  anonymous: true,
  handler: async ({ request, params }) => icsResponse(await sessionCalendar({ id: params.id }, siteOrigin(request.headers)), "attachment"),
});
