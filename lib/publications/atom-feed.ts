// The Atom feed (RFC 4287) of a series' publications, so members can follow schedule changes in a
// feed reader. Each change is one sentence from describeChange(). Pure: no I/O.
//
// The feed library marks entry titles, summaries and contents as HTML (type="html"), so every
// piece of text that goes into them (notes, titles, names) is HTML-escaped here first; the feed's
// own title, subtitle and author names are XML text, which the library escapes itself.
import { Feed } from "feed";
import { describeChange, oneLine } from "./describe-change.ts";
import type { ScheduleChange } from "./snapshot.ts";

export type PublicationEntry = { version: number; publishedAt: Date; note: string; changes: ScheduleChange[]; publishedByName: string | null };

type FeedInput = { siteUrl: string; series: { slug: string; name: string; timeZone: string }; publications: PublicationEntry[] };

const CLUB = "Paper Club";
/** The feed's updated time while nothing has been published: fixed, so the feed does not change on every read. */
const NEVER = new Date(0);
// Characters XML 1.0 does not allow at all (not even escaped): C0 controls other than tab and line
// breaks, U+FFFE/U+FFFF and lone surrogates. Stored text should not hold them; the feed stays well-formed if it does.
// eslint-disable-next-line no-control-regex -- the point of this pattern is to find control characters
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The feed as XML; `publications` newest first (entries keep that order). */
export function renderAtomFeed({ siteUrl, series, publications }: FeedInput): string {
  const site = siteUrl.replace(/\/+$/, "");
  const query = `?series=${encodeURIComponent(series.slug)}`;
  const page = `${site}/schedule/changes${query}`;
  const feed = new Feed({
    id: page,
    title: xmlText(`${series.name}: schedule changes`),
    description: xmlText(`Every published version of the ${series.name} schedule, with what changed.`),
    link: page,
    feed: `${site}/schedule/changes.atom${query}`,
    updated: newest(publications),
    author: { name: CLUB, link: site },
    generator: CLUB,
  });
  for (const publication of publications) feed.addItem(entry(publication, page, series.name));
  return feed.atom1();
}

function newest(publications: PublicationEntry[]): Date {
  return publications.reduce((max, p) => (p.publishedAt > max ? p.publishedAt : max), NEVER);
}

function entry(publication: PublicationEntry, page: string, seriesName: string) {
  const url = `${page}#v${publication.version}`;
  return {
    id: url,
    link: url,
    title: escapeHtml(`Version ${publication.version} of the ${seriesName} schedule`),
    date: publication.publishedAt,
    published: publication.publishedAt,
    description: escapeHtml(summary(publication)),
    content: contentHtml(publication),
    author: [{ name: xmlText(publication.publishedByName?.trim() || CLUB) }],
  };
}

function summary({ note, changes }: PublicationEntry): string {
  if (xmlText(note).trim()) return oneLine(xmlText(note));
  if (changes.length === 0) return "No session changed.";
  return changes.length === 1 ? "1 change." : `${changes.length} changes.`;
}

/** The note (line breaks kept) and a list of the changes, built only from escaped text. */
function contentHtml({ note, changes }: PublicationEntry): string {
  const parts: string[] = [];
  const text = xmlText(note).trim();
  if (text) parts.push(`<p>${escapeHtml(text).replace(/\r?\n/g, "<br>")}</p>`);
  if (changes.length === 0) parts.push("<p>No session changed.</p>");
  else parts.push(`<ul>${changes.map((c) => `<li>${escapeHtml(describeChange(c))}</li>`).join("")}</ul>`);
  return parts.join("");
}

/** Text as XML allows it; the library escapes &, < and > of XML text itself. */
function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Text for an HTML context: &, <, >, " and ' escaped (so "]]>" can never end the library's CDATA either). */
function escapeHtml(text: string): string {
  return xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
