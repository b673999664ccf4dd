import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { listOpenSlots } from "@/lib/speakers/list-open-slots.ts";
import { openSlotsQuerySchema } from "@/lib/speakers/schemas.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/slots?status=open&track=&series= — slots of upcoming published sessions that need a speaker
export const GET = apiRoute({
  query: openSlotsQuerySchema.extend({ status: z.literal("open", { error: 'Use "open".' }).default("open") }),
  handler: async ({ actor, query: { track, series } }) => ({ slots: (await listOpenSlots(actor, { track, series })).slots }),
});
