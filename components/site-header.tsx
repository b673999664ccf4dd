import Link from "@/components/ui/link.tsx";
import { AccountNav } from "./personal/account-nav.tsx";

const NAV = [
  { href: "/schedule", label: "Schedule" },
  { href: "/schedule?series=test-of-time", label: "Test of Time" },
  { href: "/schedule?series=paper-club", label: "Weekly Paper Club" },
  { href: "/papers", label: "Suggested papers" },
  { href: "/speak", label: "Needs a speaker" },
];

const linkClass = "text-ink-soft underline-offset-4 hover:text-accent hover:underline";

// The same header for everyone; the account part comes from the personal layer (AccountNav:
// "Sign in", or the person's next session and their menu). One line at every width: on a phone
// and a tablet the main links are in a menu, a native popover that needs no JavaScript (Esc and a tap outside
// close it); from the `lg` width up the same element is laid out in the line (.site-menu).
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl items-center gap-x-4 px-4 py-2.5 sm:gap-x-6 sm:px-6 sm:py-3">
        <Link href="/" className="flex shrink-0 items-center gap-2 text-lg font-bold text-brand-800">
          <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-md bg-brand-700 text-sm text-white">
            PC
          </span>
          Paper Club
        </Link>
        <div id="site-menu" popover="auto" className="site-menu">
          <nav aria-label="Main">
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={linkClass}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <nav aria-label="Account" className="ml-auto min-w-0 text-sm font-medium">
          <AccountNav />
        </nav>
        <button type="button" popoverTarget="site-menu" className="site-menu-button">
          Menu
        </button>
      </div>
    </header>
  );
}
