// The CSRF token of this request's NextAuth cookie, for the sign-out form (POST /api/auth/signout).
import "server-only";
import { cookies } from "next/headers";
import { CSRF_COOKIES, csrfTokenOf } from "./auth-cookies.ts";
import { authSecret } from "./secret.ts";

export async function signOutCsrfToken(): Promise<string | null> {
  const store = await cookies();
  const secret = authSecret();
  for (const name of CSRF_COOKIES) {
    const token = csrfTokenOf(store.get(name)?.value, secret);
    if (token) return token;
  }
  return null;
}
