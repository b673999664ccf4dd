import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/get-actor.ts";
import { enabledOAuthProviders, isDevLoginEnabled, isEmailSignInEnabled } from "@/lib/auth/options.ts";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors.ts";
import { safeRedirectPath } from "@/lib/http/safe-redirect.ts";
import { demoPeople } from "@/lib/users/demo-people.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { SignInOptions } from "./sign-in-options.tsx";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

// What NextAuth, the sign-in limits and requireActor() put in the address: where to go
// afterwards, and why the last try failed.
const signInQuerySchema = z.object({
  callbackUrl: z
    .string()
    .optional()
    .transform((v) => safeRedirectPath(v)),
  error: z.string().max(100).optional(),
  minutes: z.string().max(10).optional(),
});

// GET /signin — the ways to sign in; a signed-in person goes on to callbackUrl (on this site only).
export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: params } = parseSearchParams(signInQuerySchema, await searchParams);
  const callbackUrl = params.callbackUrl;
  if (await getActor()) redirect(callbackUrl);
  const error = signInErrorMessage(params);
  const email = isEmailSignInEnabled();
  const oauth = enabledOAuthProviders().map(({ id, name }) => ({ id, name }));
  const demo = isDevLoginEnabled() ? demoPeople.map(({ email, name, role }) => ({ email, name, role })) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="page-title">Sign in</h1>
      <p className="text-slate-700">Sign in to RSVP, suggest papers, vote, and volunteer to present.</p>
      {error ? (
        <p role="alert" data-tone="danger" className="alert">
          {error}
        </p>
      ) : null}
      {!email && oauth.length === 0 && !demo ? (
        <p data-tone="warning" className="alert">
          Signing in is not available on this server yet: it has neither a mail server nor a sign-in provider configured.
        </p>
      ) : null}
      <SignInOptions callbackUrl={callbackUrl} email={email} oauth={oauth} demoPeople={demo} />
    </div>
  );
}
