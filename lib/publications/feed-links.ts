// The Atom feeds of schedule changes, one per series, as <link rel="alternate"> metadata.
import type { Metadata } from "next";

export function changeFeedAlternates(series: { slug: string; name: string }[]): Metadata["alternates"] {
  return {
    types: { "application/atom+xml": series.map((s) => ({ url: `/schedule/changes.atom?series=${s.slug}`, title: `${s.name}: schedule changes` })) },
  };
}
