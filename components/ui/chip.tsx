// A small coloured label: a track (its tone from its place in the season, lib/schedule/track-tones.ts),
// or a series without tracks (neutral). A link when it leads somewhere. Its colours are the
// `.chip` rules of app/globals.css: design tokens with light-dark(), AA contrast in both themes.
export type ChipTone = number | "neutral";

type Props = {
  tone: ChipTone;
  href?: string;
  /** The filter in force: marked for screen readers and by a ring. */ current?: boolean;
  children: React.ReactNode;
};

export function Chip({ tone, href, current, children }: Props) {
  const dataTone = tone === "neutral" ? "n" : String(tone);
  return href ? (
    <a href={href} className="chip" data-tone={dataTone} aria-current={current ? "true" : undefined}>
      {children}
    </a>
  ) : (
    <span className="chip" data-tone={dataTone}>
      {children}
    </span>
  );
}
