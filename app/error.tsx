"use client";
import Link from "@/components/ui/link.tsx";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-slate-700">We could not load this page just now. Please try again in a moment.</p>
      <div className="flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="px-4 py-2 font-semibold text-brand-700 underline underline-offset-2">
          Home
        </Link>
      </div>
    </div>
  );
}
