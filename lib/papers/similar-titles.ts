// "Did you mean": titles that are nearly the same paper under another identity (a preprint
// and its journal version, a typo). Pure.
const STOP = new Set(["a", "an", "the", "of", "for", "and", "in", "on", "with", "to", "via", "is", "are", "all", "you"]);

export function titleWords(title: string): string[] {
  return title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !STOP.has(w));
}

/** Similarity of two titles in [0, 1]: Jaccard over significant words, 1 for identical text. */
export function titleSimilarity(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.join(" ") === wb.join(" ")) return wa.length === 0 ? 0 : 1;
  const sa = new Set(wa);
  const sb = new Set(wb);
  const shared = [...sa].filter((w) => sb.has(w)).length;
  return shared / (sa.size + sb.size - shared || 1);
}

export const SIMILAR_TITLE = 0.8;

export function similarTitles<T extends { title: string }>(title: string, candidates: T[], limit = 3): T[] {
  return candidates
    .map((c) => ({ c, score: titleSimilarity(title, c.title) }))
    .filter((x) => x.score >= SIMILAR_TITLE)
    .sort((x, y) => y.score - x.score)
    .slice(0, limit)
    .map((x) => x.c);
}
