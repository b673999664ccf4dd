"use client";
import Link from "@/components/ui/link.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="page-title">Something went wrong</h1>
      <p className="text-slate-700">We could not load this page just now. Please try again in a moment.</p>
      <div className="flex justify-center gap-4">
        <button type="button" onClick={reset} className={buttonClasses("primary")}>
          Try again
        </button>
        <Link href="/" className="px-4 py-2 font-semibold text-brand-700 underline underline-offset-2">
          Home
        </Link>
      </div>
    </div>
  );
}
