import { apiRoute } from "@/lib/http/api-route.ts";
import { requestPersonalView } from "@/lib/personal/request-personal-view.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/me/view — the personal layer of the public pages {"view": {…} | null}: the header's
// links, the person's time zone, RSVPs and votes (decision 028); null for a visitor. Behind
// `npm start` the front answers it itself with the same statement (lib/front/personal-layer.ts).
export const GET = apiRoute({
  headers: { "cache-control": "private, no-store" },
  handler: async ({ actor }) => ({ view: actor ? await requestPersonalView() : null }),
});
