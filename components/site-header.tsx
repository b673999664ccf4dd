import Link from "@/components/ui/link.tsx";
import { AccountNav } from "./personal/account-nav.tsx";

const NAV = [
  { href: "/schedule", label: "Schedule" },
  { href: "/schedule?series=test-of-time", label: "Test of Time" },
  { href: "/schedule?series=paper-club", label: "Weekly Paper Club" },
  { href: "/papers", label: "Suggested papers" },
  { href: "/speak", label: "Needs a speaker" },
];

const linkClass = "text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";

// The same header for everyone; the account links come from the personal layer (AccountNav).
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-brand-700 text-sm text-white">
            PC
          </span>
          Paper Club
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Account" className="text-sm font-medium">
          <AccountNav />
        </nav>
      </div>
    </header>
  );
}
