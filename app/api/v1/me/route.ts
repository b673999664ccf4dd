import { apiRoute } from "@/lib/http/api-route.ts";
import { deleteAccount } from "@/lib/users/delete-account.ts";
import { getProfile } from "@/lib/users/get-profile.ts";
import { deleteAccountSchema, profilePatchSchema } from "@/lib/users/schemas.ts";
import { updateProfile } from "@/lib/users/update-profile.ts";
import { AppError } from "@/lib/errors.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/me — the signed-in person's profile and preferences
export const GET = apiRoute({
  handler: ({ actor }) => {
    if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
    return getProfile(actor, { userId: actor.id });
  },
});

// PATCH /api/v1/me — change one's profile and preferences (fields not sent stay as they are)
export const PATCH = apiRoute({
  body: profilePatchSchema,
  handler: async ({ actor, body }) => {
    if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
    const { id: _id, email: _email, role: _role, ...current } = await getProfile(actor, { userId: actor.id });
    return updateProfile(actor, { ...current, ...body });
  },
});

// DELETE /api/v1/me — delete one's account; body {"confirm":"DELETE"}
export const DELETE = apiRoute({
  body: deleteAccountSchema,
  handler: ({ actor, body }) => deleteAccount(actor, body),
});
