import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInOptions } from "@/components/sign-in-options.tsx";
import { getActor } from "@/lib/auth/get-actor.ts";
import { enabledOAuthProviders, isDevLoginEnabled } from "@/lib/auth/options.ts";
import { demoPeople } from "@/prisma/seed-data/people.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  CredentialsSignin: "That sign-in did not work. Check the address and try again.",
  EmailSignin: "We could not send the sign-in email. Please try again in a moment.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  OAuthAccountNotLinked: "That email is already used with another way of signing in. Use the way you used before.",
  default: "Sign-in did not work. Please try again.",
};

function safeCallback(value: string | undefined) {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
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
