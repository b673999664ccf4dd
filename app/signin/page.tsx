import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInOptions } from "@/components/sign-in-options.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { enabledOAuthProviders, isDevLoginEnabled } from "@/lib/auth/options.ts";
import { safeReturnPath } from "@/lib/auth/require-actor.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { demoPeople } from "@/lib/users/demo-people.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That sign-in did not work. Check the address and try again.",
  EmailSignin: "We could not send the sign-in email. Please try again in a moment.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email is already used with another way of signing in. Use the way you used before.",
  default: "Sign-in did not work. Please try again.",
};

// What NextAuth and requireActor() put in the address: where to go afterwards, and why the last try failed.
const signInQuerySchema = z.object({
  callbackUrl: z.string().max(2000).optional().transform(safeReturnPath),
  error: z.string().max(100).optional(),
});

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { data: params } = parseSearchParams(signInQuerySchema, await searchParams);
  const callbackUrl = params.callbackUrl;
  if (await getActor()) redirect(callbackUrl);
  const error = params.error ? (ERRORS[params.error] ?? ERRORS.default) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="text-slate-700">Sign in to RSVP, suggest papers, vote, and volunteer to present.</p>
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <SignInOptions
        callbackUrl={callbackUrl}
        oauth={enabledOAuthProviders().map(({ id, name }) => ({ id, name }))}
        demoPeople={isDevLoginEnabled() ? demoPeople.map(({ email, name, role }) => ({ email, name, role })) : null}
      />
    </div>
  );
}
