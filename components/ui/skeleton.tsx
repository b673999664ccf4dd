// A part of a page on its way (issue 19, item 5): grey lines in its place, and one "Loading…"
// for screen readers. The fallback of a streamed section (<Suspense>).
const WIDTHS = ["w-11/12", "w-3/4", "w-3/5", "w-1/2"];

export function ListSkeleton({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div aria-busy="true" className="space-y-2">
      <p role="status" className="sr-only">
        {label}
      </p>
      {WIDTHS.slice(0, lines).map((width) => (
        <div key={width} aria-hidden="true" className={`h-5 animate-pulse rounded-control bg-surface-muted ${width}`} />
      ))}
    </div>
  );
}
