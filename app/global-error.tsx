"use client";
// Shown when the root layout itself fails (it reads the signed-in person, so an outage can reach
// it). It replaces the layout, so it brings its own <html> and <body>. During a database outage
// proxy.ts usually answers first with the 503 page (docs/decisions/021-database-outages.md).
import "./globals.css";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="mx-auto max-w-lg space-y-4 px-4 py-16 text-center">
        <h1 className="page-title">We&apos;ll be back in a moment</h1>
        <p className="text-slate-700">Paper Club could not load this page just now. Please try again in a few seconds.</p>
        <button type="button" onClick={reset} className={buttonClasses("primary")}>
          Try again
        </button>
      </body>
    </html>
  );
}
