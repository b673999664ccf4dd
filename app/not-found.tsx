import Link from "@/components/ui/link.tsx";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="page-title">We could not find that page</h1>
      <p className="text-slate-700">The session, track or page may have moved, or the link may be mistyped.</p>
      <p>
        <Link href="/schedule" className="font-semibold text-brand-700 underline underline-offset-2">
          Back to the schedule
        </Link>
      </p>
    </div>
  );
}
