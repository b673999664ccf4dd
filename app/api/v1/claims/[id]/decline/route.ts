import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { declineClaim } from "@/lib/speakers/claims.ts";
import { claimIdSchema, declineClaimSchema } from "@/lib/speakers/schemas.ts";

// POST /api/v1/claims/{id}/decline — an organizer declines a pending claim {"reason"}; the slot reopens
export const POST = apiRoute({
  params: z.object({ id: claimIdSchema }),
  body: declineClaimSchema.omit({ claimId: true }),
  handler: ({ actor, params, body }) => declineClaim(actor, { claimId: params.id, reason: body.reason }),
});
