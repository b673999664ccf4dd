import { apiRoute } from "@/lib/http/api-route.ts";
import { listMyRsvps } from "@/lib/rsvps/my-rsvps.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/me/rsvps — one's RSVPs {"upcoming":[…],"past":[…]}, with the remote link of each session
export const GET = apiRoute({
  handler: ({ actor }) => listMyRsvps(actor),
});
