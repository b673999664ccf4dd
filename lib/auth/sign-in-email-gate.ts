// POST /api/auth/signin/email passes here before NextAuth: the sign-in email limits. A refused
// request never reaches NextAuth, so no token is made and no mail is sent. The browser (the
// sign-in form, through next-auth/react) is sent to /signin with the reason; other callers get
// 429 with Retry-After and the API's error shape.
import "server-only";
import { NextResponse } from "next/server";
import { safeRedirectPath } from "../http/safe-redirect.ts";
import { minutesToWait } from "../rate-limit/sliding-window.ts";
import { signInEmailSchema } from "./email-provider.ts";
import { RATE_LIMIT_ERRORS } from "./sign-in-errors.ts";
import { consumeSignInEmailRequest, SignInLimitError } from "./sign-in-limits.ts";

export function isEmailSignInRequest(method: string, segments: string[] | undefined): boolean {
  return method === "POST" && segments?.length === 2 && segments[0] === "signin" && segments[1] === "email";
}

/** null: go on to NextAuth. A response: refused. */
export async function gateSignInEmail(input: {
  body: Record<string, unknown>;
  client: string;
  acceptsHtml: boolean;
  origin: string;
}): Promise<Response | null> {
  const address = signInEmailSchema.safeParse(input.body.email);
  if (!address.success) return null; // NextAuth refuses it itself, and sends nothing
  try {
    await consumeSignInEmailRequest({ address: address.data, client: input.client });
    return null;
  } catch (error) {
    if (!(error instanceof SignInLimitError)) throw error;
    const retryAfter = error.retryAfterSeconds;
    const page = new URL("/signin", input.origin);
    page.searchParams.set("error", RATE_LIMIT_ERRORS[error.scope]);
    page.searchParams.set("minutes", String(minutesToWait(retryAfter)));
    const callbackUrl = safeRedirectPath(input.body.callbackUrl, { origin: input.origin, fallback: "" });
    if (callbackUrl) page.searchParams.set("callbackUrl", callbackUrl);
    const headers = { "Retry-After": String(retryAfter) };
    // A plain HTML form post (no script): show the page with the reason.
    if (input.body.json !== "true" && input.acceptsHtml) return NextResponse.redirect(page, { status: 303, headers });
    // next-auth/react's signIn() follows `url`; API callers read `error`.
    return NextResponse.json(
      { error: { code: "rate_limited", message: error.message, retryAfterSeconds: retryAfter }, url: page.toString() },
      { status: 429, headers },
    );
  }
}
