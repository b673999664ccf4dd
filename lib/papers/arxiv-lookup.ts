// Looks an arXiv id up in arXiv's API (an Atom feed): title, authors, year, abstract.
// Never throws: a slow, failing or odd answer is reported so the member can type it in.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type PaperMetadata = { title: string; authors: string[]; year: number | null; abstract: string };
export type LookupResult = { ok: true; metadata: PaperMetadata } | { ok: false; reason: "timeout" | "unavailable" | "not_found" | "malformed" };

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === "entry" || name === "author" });

const clean = (s: unknown) => (typeof s === "string" ? s : "").replace(/\s+/g, " ").trim();

/** Parses arXiv's Atom answer; null when it is not one, or has no paper. */
export function parseArxivAtom(xml: string): PaperMetadata | null | "malformed" {
  let doc: { feed?: { entry?: { title?: unknown; summary?: unknown; published?: unknown; author?: { name?: unknown }[] }[] } };
  if (XMLValidator.validate(xml) !== true) return "malformed";
  try {
    doc = parser.parse(xml);
  } catch {
    return "malformed";
  }
  if (!doc || typeof doc !== "object" || !doc.feed) return "malformed";
  const entry = doc.feed.entry?.[0];
  if (!entry) return null;
  const title = clean(entry.title);
  // arXiv answers an unknown or bad id with an entry titled "Error".
  if (!title || title === "Error") return null;
  const authors = (entry.author ?? []).map((a) => clean(a?.name)).filter(Boolean);
  const year = Number(clean(entry.published).slice(0, 4));
  return { title, authors, year: Number.isFinite(year) && year > 1990 ? year : null, abstract: clean(entry.summary) };
}

export async function lookupArxiv(arxivId: string, options: { baseUrl: string; timeoutMs: number }): Promise<LookupResult> {
  const url = new URL(options.baseUrl);
  url.searchParams.set("id_list", arxivId);
  url.searchParams.set("max_results", "1");
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: "application/atom+xml" } });
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { ok: false, reason: name === "TimeoutError" || name === "AbortError" ? "timeout" : "unavailable" };
  }
  if (!response.ok) return { ok: false, reason: "unavailable" };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, reason: "timeout" };
  }
  const parsed = parseArxivAtom(text);
  if (parsed === "malformed") return { ok: false, reason: "malformed" };
  if (!parsed) return { ok: false, reason: "not_found" };
  return { ok: true, metadata: parsed };
}
