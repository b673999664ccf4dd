import NextAuth from "next-auth";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import {
  CALLBACK_URL_COOKIES,
  clientAddress,
  headersForNextAuth,
  isSafeCallbackUrl,
  parseAuthBody,
  withoutUnsafeCallbackParam,
} from "@/lib/auth/auth-request.ts";
import { buildAuthOptions } from "@/lib/auth/options.ts";
import { gateSignInEmail, isEmailSignInRequest } from "@/lib/auth/sign-in-email-gate.ts";
import { AppError } from "@/lib/errors.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { siteOrigin } from "@/lib/http/site-origin.ts";

type Context = { params: Promise<{ nextauth: string[] }> };

/** Prisma could not start a transaction in time (P2028): too many requests at once. */
function isBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2028";
}

// GET, POST /api/auth/* — NextAuth: sign-in, callbacks, sign-out, CSRF token (public by design).
// Before NextAuth sees the request: callback URLs that lead off the site or do not parse are
// dropped (NextAuth would answer 500, and a planted cookie would lock the browser out), and
// sign-in emails are counted against their limits. Options are built per request: nothing
// touches the database while the app is being built.
async function handler(request: NextRequest, context: Context) {
  try {
    const origin = siteOrigin(request.headers);
    const store = await cookies();
    for (const name of CALLBACK_URL_COOKIES) {
      const value = store.get(name)?.value;
      if (value && !isSafeCallbackUrl(value, origin)) {
        store.set({ name, value: "", path: "/", expires: new Date(0), httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
      }
    }

    const text = request.method === "POST" ? await request.text() : undefined;
    const body = text === undefined ? {} : parseAuthBody(text, request.headers.get("content-type"));
    if (body === null) throw new AppError("validation", "The request body could not be read.");
    if (isEmailSignInRequest(request.method, (await context.params).nextauth)) {
      const refused = await gateSignInEmail({
        body,
        client: clientAddress(request.headers),
        acceptsHtml: request.headers.get("accept")?.includes("text/html") ?? false,
        origin,
      });
      if (refused) return refused;
    }

    const url = withoutUnsafeCallbackParam(request.nextUrl, origin) ?? request.nextUrl;
    const forwarded = new NextRequest(url, { method: request.method, headers: headersForNextAuth(request.headers, origin), body: text });
    return await NextAuth(forwarded, context, buildAuthOptions());
  } catch (error) {
    return jsonError(
      isBusy(error) ? new AppError("unavailable", "The server is busy. Please try again in a moment.", undefined, { retryAfterSeconds: 5 }) : error,
    );
  }
}
export { handler as GET, handler as POST };
