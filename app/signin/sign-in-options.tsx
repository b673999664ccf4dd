"use client";
// The ways to sign in that /signin offers: an emailed link (only when mail can really be sent),
// the configured OAuth providers, and in development the one-click demo people.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { buttonClass, inputClass } from "@/components/ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

type Props = {
  callbackUrl: string;
  /** Email sign-in is offered (false in production without SMTP_URL). */
  email: boolean;
  oauth: { id: string; name: string }[];
  demoPeople: { email: string; name: string; role: string }[] | null;
};

export function SignInOptions({ callbackUrl, email, oauth, demoPeople }: Props) {
  const [busy, setBusy] = useState(false);
  const [devEmail, setDevEmail] = useState("");
  return (
    <div className="space-y-6">
      {email ? (
        <form
          method="post"
          className="space-y-3 card p-5"
          onSubmit={(e) => {
            e.preventDefault();
            const address = new FormData(e.currentTarget).get("email");
            setBusy(true);
            void signIn("email", { email: typeof address === "string" ? address : "", callbackUrl });
          }}
        >
          <label htmlFor="signin-email" className="block text-sm font-medium text-slate-800">
            Email address
          </label>
          <input id="signin-email" name="email" type="email" required autoComplete="email" className={inputClass} />
          <button type="submit" disabled={busy} className={`${buttonClass} w-full`}>
            Email me a sign-in link
          </button>
        </form>
      ) : null}

      {oauth.length > 0 ? (
        <div className="space-y-2">
          {oauth.map((p) => (
            <button
              key={p.id}
              type="button"
              onClick={() => void signIn(p.id, { callbackUrl })}
              className={buttonClasses("secondary", "md", "w-full")}
            >
              Continue with {p.name}
            </button>
          ))}
        </div>
      ) : null}

      {demoPeople ? (
        <section aria-labelledby="dev-signin" data-tone="warning" className="alert space-y-3 rounded-card p-5 text-base">
          <h2 id="dev-signin" className="font-semibold text-amber-950">
            Development sign-in
          </h2>
          <p className="text-sm text-amber-950">Only in development: sign in as a demo person in one click, or as any address.</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {demoPeople.map((p) => (
              <li key={p.email}>
                <button
                  type="button"
                  onClick={() => void signIn("dev", { email: p.email, callbackUrl })}
                  className="w-full rounded-md border border-amber-400 bg-white px-3 py-2 text-left text-sm hover:bg-amber-100"
                >
                  <span className="block font-semibold text-slate-900">{p.name}</span>
                  <span className="block text-slate-700">
                    {p.email} · {p.role.toLowerCase()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <form
            className="flex gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void signIn("dev", { email: devEmail, callbackUrl });
            }}
          >
            <label htmlFor="dev-email" className="sr-only">
              Any email address
            </label>
            <input
              id="dev-email"
              type="email"
              required
              placeholder="anyone@example.com"
              value={devEmail}
              onChange={(e) => setDevEmail(e.target.value)}
              className={inputClass + " mt-0"}
            />
            <button type="submit" className={buttonClass}>
              Sign in
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
