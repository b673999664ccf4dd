import { apiRoute } from "@/lib/http/api-route.ts";
import { unsubscribeTokenSchema } from "@/lib/users/schemas.ts";
import { describeUnsubscribe, unsubscribe } from "@/lib/users/unsubscribe.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/unsubscribe/{token} — which kind of email the link turns off, and whether it is on; changes nothing
export const GET = apiRoute({
  params: unsubscribeTokenSchema,
  tokenInPath: true,
  handler: ({ params }) => describeUnsubscribe(params),
});

// POST /api/v1/unsubscribe/{token} — the List-Unsubscribe one-click (RFC 8058): turns that kind off; the token is the permission
export const POST = apiRoute({
  params: unsubscribeTokenSchema,
  tokenInPath: true,
  handler: async ({ params }) => {
    const { kind } = await unsubscribe(params);
    return { unsubscribed: true, kind };
  },
});
