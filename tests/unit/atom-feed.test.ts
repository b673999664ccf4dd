// renderAtomFeed and describeChange: the feed of a series' publications must meet RFC 4287 (checked
// on the parsed XML), keep the given order, stay valid when empty, and never let typed text become markup.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { renderAtomFeed, type PublicationEntry } from "../../lib/publications/atom-feed.ts";
import { describeChange } from "../../lib/publications/describe-change.ts";
import type { ScheduleChange } from "../../lib/publications/snapshot.ts";

const LA = "America/Los_Angeles";
const SITE = "https://paperclub.example";
const SERIES = { slug: "test-of-time", name: "Test of Time", timeZone: LA };
const PAGE = `${SITE}/schedule/changes?series=test-of-time`;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const MOVED: ScheduleChange = {
  kind: "session_moved",
  sessionId: "s1",
  title: "Attention",
  from: "2026-07-02T01:00:00.000Z",
  to: "2026-07-09T01:00:00.000Z",
  timeZone: LA,
};
const ADDED: ScheduleChange = { kind: "session_added", sessionId: "s2", title: "Memory", startsAt: "2026-07-16T01:00:00.000Z", timeZone: LA };

const PUBLICATIONS: PublicationEntry[] = [
  {
    version: 3,
    publishedAt: new Date("2026-06-20T17:00:00.000Z"),
    note: "Attention moves a week.",
    changes: [MOVED],
    publishedByName: "Olu Organizer",
  },
  { version: 2, publishedAt: new Date("2026-06-10T17:00:00.000Z"), note: "", changes: [ADDED], publishedByName: null },
  { version: 1, publishedAt: new Date("2026-06-01T17:00:00.000Z"), note: "The first schedule.", changes: [], publishedByName: "Ada Admin" },
];

type Node = Record<string, unknown>;
// Every element as a list, so that "exactly one" can be counted.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });

function parseFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { feed: Node[] };
  expect(doc.feed).toHaveLength(1);
  return doc.feed[0];
}

/** The text of an element that may carry attributes (type="html"). */
function text(node: unknown): string {
  if (typeof node === "string") return node;
  return String((node as Node)["#text"] ?? "");
}

function list(node: Node, name: string): unknown[] {
  return (node[name] as unknown[] | undefined) ?? [];
}

function one(node: Node, name: string): unknown {
  const values = list(node, name);
  expect(values, name).toHaveLength(1);
  return values[0];
}

function hasElement(value: unknown, name: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasElement(v, name));
  if (value && typeof value === "object") return Object.entries(value).some(([k, v]) => k.toLowerCase() === name || hasElement(v, name));
  return false;
}

describe("renderAtomFeed", () => {
  const xml = renderAtomFeed({ siteUrl: SITE, series: SERIES, publications: PUBLICATIONS });
  const feed = parseFeed(xml);
  const entries = list(feed, "entry") as Node[];

  it("has the Atom namespace and exactly one id, title and updated (RFC 3339, the newest publication)", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(one(feed, "id")).toBe(PAGE);
    expect(text(one(feed, "title"))).toBe("Test of Time: schedule changes");
    const updated = text(one(feed, "updated"));
    expect(updated).toMatch(RFC3339);
    expect(new Date(updated).toISOString()).toBe("2026-06-20T17:00:00.000Z");
  });

  it("links to itself and to the HTML page, and names an author", () => {
    const links = list(feed, "link") as Node[];
    expect(links.filter((l) => l["@_rel"] === "self").map((l) => l["@_href"])).toEqual([`${SITE}/schedule/changes.atom?series=test-of-time`]);
    expect(links.filter((l) => l["@_rel"] === "alternate").map((l) => l["@_href"])).toEqual([PAGE]);
    expect((list(feed, "author") as Node[]).map((a) => one(a, "name"))).toEqual(["Paper Club"]);
  });

  it("has one entry per publication, in the given order, each with id, title, updated, published and content", () => {
    expect(entries.map((e) => one(e, "id"))).toEqual([`${PAGE}#v3`, `${PAGE}#v2`, `${PAGE}#v1`]);
    expect(entries.map((e) => text(one(e, "title")))).toEqual([
      "Version 3 of the Test of Time schedule",
      "Version 2 of the Test of Time schedule",
      "Version 1 of the Test of Time schedule",
    ]);
    for (const [i, entry] of entries.entries()) {
      const at = PUBLICATIONS[i].publishedAt.toISOString();
      expect(text(one(entry, "updated"))).toMatch(RFC3339);
      expect(new Date(text(one(entry, "updated"))).toISOString()).toBe(at);
      expect(new Date(text(one(entry, "published"))).toISOString()).toBe(at);
      expect(text(one(entry, "content")) || text(one(entry, "summary"))).not.toBe("");
      expect((list(entry, "link") as Node[]).map((l) => l["@_href"])).toEqual([`${PAGE}#v${PUBLICATIONS[i].version}`]);
    }
  });

  it("says in each entry what the note said and what changed, and who published it (else the club)", () => {
    expect(text(one(entries[0], "content"))).toBe(
      "<p>Attention moves a week.</p><ul><li>Moved: Attention (Wed, Jul 1 → Wed, Jul 8, 6:00 PM PDT)</li></ul>",
    );
    expect(text(one(entries[0], "summary"))).toBe("Attention moves a week.");
    expect(text(one(entries[1], "content"))).toBe("<ul><li>Added: Memory (Wed, Jul 15, 6:00 PM PDT)</li></ul>");
    expect(text(one(entries[1], "summary"))).toBe("1 change.");
    expect(text(one(entries[2], "content"))).toBe("<p>The first schedule.</p><p>No session changed.</p>");
    expect(entries.map((e) => one(one(e, "author") as Node, "name"))).toEqual(["Olu Organizer", "Paper Club", "Ada Admin"]);
  });

  it("is still a valid feed when nothing has been published, with a fixed updated time", () => {
    const empty = renderAtomFeed({ siteUrl: `${SITE}/`, series: SERIES, publications: [] });
    const emptyFeed = parseFeed(empty);
    expect(one(emptyFeed, "id")).toBe(PAGE);
    expect(text(one(emptyFeed, "title"))).not.toBe("");
    expect(text(one(emptyFeed, "updated"))).toBe("1970-01-01T00:00:00.000Z");
    expect((list(emptyFeed, "link") as Node[]).some((l) => l["@_rel"] === "self")).toBe(true);
    expect(list(emptyFeed, "author")).toHaveLength(1);
    expect(list(emptyFeed, "entry")).toEqual([]);
    expect(renderAtomFeed({ siteUrl: SITE, series: SERIES, publications: [] })).toBe(empty);
  });
});

describe("renderAtomFeed with hostile text", () => {
  const note = "<script>alert(1)</script> R&D ]]> and ]]> again\nsecond line \u0001";
  const xml = renderAtomFeed({
    siteUrl: SITE,
    series: { ...SERIES, name: "Tea & <b>Papers</b>" },
    publications: [
      {
        version: 1,
        publishedAt: new Date("2026-06-01T17:00:00.000Z"),
        note,
        changes: [{ ...ADDED, title: "<img src=x onerror=alert(1)>" }],
        publishedByName: "<i>Eve</i>",
      },
    ],
  });
  const feed = parseFeed(xml);
  const entry = (list(feed, "entry") as Node[])[0];
  const content = text(one(entry, "content"));

  it("escapes what people typed, so the HTML content has no script element", () => {
    expect(xml).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(hasElement(feed, "script")).toBe(false);
    expect(content).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D ]]&gt; and ]]&gt; again<br>second line</p>" +
        "<ul><li>Added: &lt;img src=x onerror=alert(1)&gt; (Wed, Jul 15, 6:00 PM PDT)</li></ul>",
    );
    // Read as the HTML it is declared to be, the content holds text, never a script or img element.
    const html = new XMLParser({ unpairedTags: ["br"] }).parse(`<div>${content}</div>`) as Node;
    expect(hasElement(html, "script")).toBe(false);
    expect(hasElement(html, "img")).toBe(false);
    expect(JSON.stringify(html)).toContain("<script>alert(1)</script> R&D");
  });

  it("keeps the series name and the publisher's name as text", () => {
    expect(text(one(feed, "title"))).toBe("Tea & <b>Papers</b>: schedule changes");
    expect(text(one(entry, "title"))).toBe("Version 1 of the Tea &amp; &lt;b&gt;Papers&lt;/b&gt; schedule");
    expect(one(one(entry, "author") as Node, "name")).toBe("<i>Eve</i>");
  });
});

describe("describeChange", () => {
  const base = { sessionId: "s", title: "Attention", startsAt: "2026-07-02T01:00:00.000Z", timeZone: LA };

  it.each<[ScheduleChange, string]>([
    [MOVED, "Moved: Attention (Wed, Jul 1 → Wed, Jul 8, 6:00 PM PDT)"],
    [{ ...MOVED, to: "2026-07-02T02:00:00.000Z" }, "Moved: Attention (Wed, Jul 1, 6:00 PM PDT → Wed, Jul 1, 7:00 PM PDT)"],
    [{ ...MOVED, timeZone: "Europe/Berlin" }, "Moved: Attention (Thu, Jul 2 → Thu, Jul 9, 3:00 AM GMT+2)"],
    [{ ...base, kind: "session_added" }, "Added: Attention (Wed, Jul 1, 6:00 PM PDT)"],
    [{ ...base, kind: "session_removed" }, "Removed: Attention (Wed, Jul 1, 6:00 PM PDT)"],
    [{ ...base, kind: "session_cancelled", reason: "The room\nis booked." }, "Cancelled: Attention (Wed, Jul 1, 6:00 PM PDT): The room is booked."],
    [{ ...base, kind: "session_cancelled", reason: null }, "Cancelled: Attention (Wed, Jul 1, 6:00 PM PDT)"],
    [{ ...base, kind: "session_restored" }, "Back on the schedule: Attention (Wed, Jul 1, 6:00 PM PDT)"],
    [{ ...base, kind: "session_changed", fields: ["venue", "seats"] }, "Updated: Attention (Wed, Jul 1, 6:00 PM PDT): venue, seats"],
    [
      { ...base, kind: "reading_added", paper: "Attention Is All You Need" },
      "Reading added to Attention (Wed, Jul 1, 6:00 PM PDT): Attention Is All You Need",
    ],
    [{ ...base, kind: "reading_removed", paper: "LSTM" }, "Reading removed from Attention (Wed, Jul 1, 6:00 PM PDT): LSTM"],
    [
      { ...base, kind: "presenter_changed", paper: "LSTM", from: "Ada", to: null },
      "New presenter for LSTM in Attention (Wed, Jul 1, 6:00 PM PDT): Ada → nobody",
    ],
    [
      { ...base, kind: "presenter_changed", paper: "LSTM", from: null, to: "Bob" },
      "New presenter for LSTM in Attention (Wed, Jul 1, 6:00 PM PDT): nobody → Bob",
    ],
    [{ ...base, kind: "session_added", title: "  " }, "Added: Untitled session (Wed, Jul 1, 6:00 PM PDT)"],
  ])("%#: %s", (change, sentence) => {
    expect(describeChange(change)).toBe(sentence);
  });
});
