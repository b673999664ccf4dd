import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { approveClaim } from "@/lib/speakers/claims.ts";
import { claimIdSchema } from "@/lib/speakers/schemas.ts";

// POST /api/v1/claims/{id}/approve — an organizer approves a pending speaker claim
export const POST = apiRoute({
  params: z.object({ id: claimIdSchema }),
  handler: ({ actor, params }) => approveClaim(actor, { claimId: params.id }),
});
