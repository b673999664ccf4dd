import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { claimSlot, withdrawClaim } from "@/lib/speakers/claims.ts";
import { claimSlotSchema, slotIdSchema } from "@/lib/speakers/schemas.ts";

const params = z.object({ id: slotIdSchema });

// POST /api/v1/slots/{id}/claim — volunteer to present this slot {"coPresenter","note"}; 201, or 409 when taken
export const POST = apiRoute({
  params,
  body: claimSlotSchema.omit({ slotId: true }),
  status: 201,
  handler: ({ actor, params, body }) => claimSlot(actor, { slotId: params.id, ...body }),
});

// DELETE /api/v1/slots/{id}/claim — withdraw one's own claim; the slot reopens
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => withdrawClaim(actor, { slotId: params.id }),
});
