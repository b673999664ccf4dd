// Where to send someone to sign in and come back to `returnTo` (kept on this site). Pure: pages,
// requireActor() and client components use it.
import { safeRedirectPath } from "../http/safe-redirect.ts";

export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(safeRedirectPath(returnTo))}`;
}
