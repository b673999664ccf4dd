// The preamble of every page that needs someone signed in: a visitor is sent to /signin and
// comes back to `returnTo`; a signed-in person without the permission gets Next's 403 page
// (app/forbidden.tsx). Pages use these for what they show; the domain functions they call
// still check permission themselves.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { SignedInActor } from "./actor.ts";
import { getActor } from "./get-actor.ts";
import { can, type Action, type Resource } from "./permissions.ts";

/** A path on this site to come back to after signing in; anything else (//evil, /\evil, https:…) is "/". */
export function safeReturnPath(value: string | undefined | null): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) && !/[\u0000-\u001F\\]/.test(value) ? value : "/";
}

export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(safeReturnPath(returnTo))}`;
}

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
