export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-slate-600 sm:px-6">
        Paper Club is run by volunteers. Sessions meet in San Francisco and on Zoom; recordings stay on YouTube.
      </div>
    </footer>
  );
}
