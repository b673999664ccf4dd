// Tabs between views of one page (issue 19): links, so each view has its own address and works
// without JavaScript; the current one is marked for screen readers (aria-current) and by a bar.
import Link from "./link.tsx";

export type Tab = { href: string; label: string; current: boolean };

export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label} className="border-b border-line">
      <ul className="-mb-px flex gap-4 overflow-x-auto text-sm font-semibold">
        {tabs.map((t) => (
          <li key={t.href}>
            <Link
              href={t.href}
              aria-current={t.current ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-1 py-2 text-ink-muted hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-accent"
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
