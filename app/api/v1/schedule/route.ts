import { apiRoute } from "@/lib/http/api-route.ts";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { scheduleFilterSchema } from "@/lib/schedule/schemas.ts";

// GET /api/v1/schedule?series=&track=&mode= — the published schedule as JSON
export const GET = apiRoute({
  anonymous: true,
  query: scheduleFilterSchema,
  handler: async ({ actor, query }) => {
    const sessions = await listSchedule(actor, query);
    return { filter: query, count: sessions.length, sessions };
  },
});
