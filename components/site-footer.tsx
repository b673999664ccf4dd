import { ThemeSwitch } from "./theme-switch.tsx";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-6 text-sm text-ink-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p>Paper Club is run by volunteers. Sessions meet in San Francisco and on Zoom; recordings stay on YouTube.</p>
        <ThemeSwitch />
      </div>
    </footer>
  );
}
