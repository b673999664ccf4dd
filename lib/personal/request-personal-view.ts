// The personal view of the request the app is rendering (root layout, GET /api/v1/me/view):
// from its session cookie, with the same statement the front runs (personal-view.ts).
import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { SESSION_COOKIES } from "../auth/auth-cookies.ts";
import { authSecret } from "../auth/secret.ts";
import { sessionRef } from "../auth/session-cookie.ts";
import { signOutCsrfToken } from "../auth/sign-out-token.ts";
import { getDb } from "../db/index.ts";
import { appNow } from "../time/clock.ts";
import { runThrough } from "../db/run-sql.ts";
import { directViews, loadPersonalView, type PersonalView } from "./personal-view.ts";

export const requestPersonalView = cache(async (): Promise<PersonalView | null> => {
  const store = await cookies();
  const name = SESSION_COOKIES.find((n) => store.has(n));
  const value = name ? store.get(name)?.value : undefined;
  const ref = value ? await sessionRef(value, authSecret()) : null;
  if (!ref) return null;
  return loadPersonalView(directViews(runThrough(getDb())), { userId: ref.sub, sessionToken: ref.sid }, appNow(), await signOutCsrfToken());
});
