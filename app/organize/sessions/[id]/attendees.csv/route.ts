// A session's attendee list as a CSV file, for organizers.
import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { exportAttendeesCsv } from "@/lib/rsvps/export-attendees-csv.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

// GET /organize/sessions/{id}/attendees.csv — who comes, with waitlist, check-ins and no-shows, as CSV (organizers)
export const GET = apiRoute({
  params: z.object({ id: sessionIdSchema }),
  handler: async ({ actor, params }) => {
    const { filename, csv } = await exportAttendeesCsv(actor, { sessionId: params.id });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
