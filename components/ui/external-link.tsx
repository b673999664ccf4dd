// Links that leave the site: http(s) only (anything else renders as plain text), new tab, no referrer.
export function safeHref(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function ExternalLink({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) {
  const safe = safeHref(href);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a
      href={safe}
      target="_blank"
      rel="noopener noreferrer"
      className={className ?? "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"}
    >
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
