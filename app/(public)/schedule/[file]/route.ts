import { z } from "zod";
import { AppError } from "@/lib/errors.ts";
import { apiRoute } from "@/lib/http/api-route.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";
import { exportScheduleJson } from "@/lib/schedule-json/export-schedule-json.ts";

// GET /schedule/{series}.json — the published schedule in the frab/c3voc schedule.json format
export const GET = apiRoute({
  params: z.object({ file: z.string() }),
  anonymous: true,
  headers: { "Cache-Control": "public, max-age=300" },
  handler: async ({ request, params }) => {
    if (!params.file.endsWith(".json")) throw new AppError("not_found", "There is no such series.");
    return exportScheduleJson({ slug: params.file.slice(0, -".json".length) }, siteOrigin(request.headers));
  },
});
