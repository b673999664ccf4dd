import Link from "@/components/ui/link.tsx";

// A made-up, mangled or outdated unsubscribe link (or one of a deleted account).
export default function UnsubscribeNotFound() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="page-title">This unsubscribe link is not valid</h1>
      <p className="text-slate-700">It may have been cut short when it was copied. Nothing was changed.</p>
      <p>
        <Link href="/me" className="font-semibold text-brand-700 underline underline-offset-2">
          Change your email settings on /me
        </Link>
      </p>
    </div>
  );
}
