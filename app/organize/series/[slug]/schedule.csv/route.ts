// The draft schedule of a series as a CSV file, for organizers (the published one is on the public pages).
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { exportDraftCsv } from "@/lib/schedule-csv/export-schedule-csv.ts";
import { slug } from "@/lib/validation/fields.ts";

// GET /organize/series/{slug}/schedule.csv — the draft schedule as CSV (organizers)
export const GET = apiRoute({
  params: z.object({ slug }),
  handler: async ({ actor, params }) => {
    const { filename, csv } = await exportDraftCsv(actor, { series: params.slug });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
