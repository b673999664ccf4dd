// The preamble of every page that needs someone signed in: a visitor is sent to /signin and
// comes back to `returnTo`; a signed-in person without the permission gets Next's 403 page
// (app/forbidden.tsx). Pages use these for what they show; the domain functions they call
// still check permission themselves.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SignedInActor } from "./actor.ts";
import { signInPath } from "./sign-in-path.ts";
import { getActor } from "./get-actor.ts";
import { can, type Action, type Resource } from "./permissions.ts";

export { signInPath };

export async function requireActor(returnTo: string): Promise<SignedInActor> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(returnTo));
  return actor;
}

export async function requirePermission(returnTo: string, action: Action, resource?: Resource): Promise<SignedInActor> {
  const actor = await requireActor(returnTo);
  if (!can(actor, action, resource)) forbidden();
  return actor;
}
