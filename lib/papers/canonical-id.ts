// Reduces what a person pastes (an arXiv link or id, a DOI, any http(s) URL) to one
// canonical identity, so the same paper is never stored twice. Pure: no I/O.

export type CanonicalPaperId = {
  canonicalId: string;
  source: "ARXIV" | "DOI" | "URL";
  arxivId: string | null;
  doi: string | null;
  /** The link to show for the paper. */
  url: string;
};

// New-style ids (0704.0001 onward: YYMM.NNNN or YYMM.NNNNN) and old-style (archive[.SUB]/YYMMNNN).
const NEW_ARXIV = /^(\d{4}\.\d{4,5})(v\d+)?$/;
const OLD_ARXIV = /^([a-z-]+(?:\.[a-z]{2})?\/\d{7})(v\d+)?$/i;
const DOI = /^(10\.\d{4,9}\/\S+)$/i;
const ARXIV_HOSTS = new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);
const DOI_HOSTS = new Set(["doi.org", "dx.doi.org", "www.doi.org"]);

function arxivId(raw: string): string | null {
  const s = raw.trim().replace(/\.pdf$/i, "");
  const m = NEW_ARXIV.exec(s) ?? OLD_ARXIV.exec(s);
  if (!m) return null;
  if (!m[1].includes("/")) return m[1];
  // Old style: archive in lower case, subject class in upper case ("math.GT/0309136").
  return m[1].replace(/^([^/.]+)(\.[a-z]{2})?/i, (_, archive: string, sub?: string) => archive.toLowerCase() + (sub ? sub.toUpperCase() : ""));
}

function fromArxiv(id: string): CanonicalPaperId {
  return { canonicalId: `arxiv:${id}`, source: "ARXIV", arxivId: id, doi: null, url: `https://arxiv.org/abs/${id}` };
}

function fromDoi(doi: string): CanonicalPaperId {
  const lower = doi.toLowerCase();
  return { canonicalId: `doi:${lower}`, source: "DOI", arxivId: null, doi: lower, url: `https://doi.org/${lower}` };
}

/** A URL without fragment, tracking parameters, default port or trailing slash; host lower-cased. */
export function normaliseUrl(url: URL): string {
  const u = new URL(url.href);
  u.hash = "";
  u.protocol = "https:";
  u.hostname = u.hostname.replace(/^www\./, "");
  for (const key of [...u.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|ref$|ref_src$)/i.test(key)) u.searchParams.delete(key);
  }
  u.searchParams.sort();
  let out = u.href;
  if (u.pathname.length > 1 && out.endsWith("/") && !u.search) out = out.slice(0, -1);
  return out;
}

export function canonicalPaperId(input: string): CanonicalPaperId | null {
  let s = input.trim();
  if (!s) return null;
  s = s.replace(/^arxiv:\s*/i, "arxiv:");
  if (/^arxiv:/i.test(s)) {
    const id = arxivId(s.slice(6));
    return id ? fromArxiv(id) : null;
  }
  if (/^doi:\s*/i.test(s)) s = s.replace(/^doi:\s*/i, "");
  const bare = arxivId(s);
  if (bare) return fromArxiv(bare);
  if (DOI.test(s)) return fromDoi(s);

  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname.includes(".")) return null;
  const host = url.hostname.toLowerCase();
  if (ARXIV_HOSTS.has(host)) {
    const m = /^\/(?:abs|pdf|html|format)\/(.+?)\/?$/.exec(url.pathname);
    const id = m ? arxivId(decodeURIComponent(m[1])) : null;
    if (id) return fromArxiv(id);
  }
  if (DOI_HOSTS.has(host)) {
    const doi = decodeURIComponent(url.pathname.slice(1));
    if (DOI.test(doi)) return fromDoi(doi);
  }
  const normalised = normaliseUrl(url);
  return { canonicalId: `url:${normalised}`, source: "URL", arxivId: null, doi: null, url: url.href };
}
