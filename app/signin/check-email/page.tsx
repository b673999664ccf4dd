import type { Metadata } from "next";
import Link from "@/components/ui/link.tsx";
import { env } from "@/lib/env.ts";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  const devOutbox = !env.SMTP_URL && env.NODE_ENV !== "production";
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="page-title">Check your email</h1>
      <p className="text-slate-700">We sent you a sign-in link. It works once, for 24 hours.</p>
      {devOutbox ? (
        <p data-tone="warning" className="alert">
          No mail server is configured, so in development the email is in the{" "}
          <Link href="/dev/outbox" className="font-semibold underline">
            development outbox
          </Link>{" "}
          (and the server log).
        </p>
      ) : null}
    </div>
  );
}
