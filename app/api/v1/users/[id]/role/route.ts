import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { changeRoleSchema } from "@/lib/users/schemas.ts";

// PUT /api/v1/users/{id}/role — an admin sets a person's role; body {"role":"MEMBER"|"ORGANIZER"|"ADMIN"}
export const PUT = apiRoute({
  params: z.object({ id: changeRoleSchema.shape.userId }),
  body: changeRoleSchema.omit({ userId: true }),
  handler: ({ actor, params, body }) => changeRole(actor, { userId: params.id, role: body.role }),
});
