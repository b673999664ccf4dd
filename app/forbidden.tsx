import Link from "@/components/ui/link.tsx";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">403</p>
      <h1 className="page-title">This page is not for your role</h1>
      <p className="text-slate-700">It is for organizers or admins. If you think you should have access, ask an admin.</p>
      <Link href="/" className="font-semibold text-brand-700 underline underline-offset-2">
        Home
      </Link>
    </div>
  );
}
