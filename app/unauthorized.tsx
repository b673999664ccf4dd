import Link from "@/components/ui/link.tsx";

export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">401</p>
      <h1 className="page-title">Please sign in</h1>
      <p className="text-slate-700">You need to be signed in to see this page.</p>
      <Link href="/signin" className="font-semibold text-brand-700 underline underline-offset-2">
        Sign in
      </Link>
    </div>
  );
}
