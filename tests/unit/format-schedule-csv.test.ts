// formatScheduleCsv: the published schedule as CSV. Local dates and times in each session's zone,
// no formula a spreadsheet would run, and a file that the plan import reads back.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ScheduleSnapshot, SnapshotPaper, SnapshotSession, SnapshotSlot } from "../../lib/publications/snapshot.ts";
import { formatScheduleCsv, guardFormula, SCHEDULE_CSV_HEADER } from "../../lib/schedule-csv/format-schedule-csv.ts";
import { parsePlanCsv } from "../../lib/schedule-csv/parse-plan-csv.ts";

const LA = "America/Los_Angeles";

function paper(canonicalId: string, url: string): SnapshotPaper {
  return { id: canonicalId, canonicalId, title: canonicalId, authors: [], year: null, url, arxivId: null };
}

function slot(position: number, p: SnapshotPaper, presenter: string | null = null): SnapshotSlot {
  return {
    id: `slot-${position}-${p.id}`,
    position,
    durationMinutes: 20,
    paper: p,
    presenter: presenter ? { name: presenter, affiliation: null, isOutsideAuthor: false } : null,
  };
}

function session(overrides: Partial<SnapshotSession>): SnapshotSession {
  return {
    id: "s",
    title: null,
    description: "",
    track: null,
    startsAt: "2026-07-02T01:00:00.000Z",
    endsAt: "2026-07-02T02:30:00.000Z",
    timeZone: LA,
    isInPerson: true,
    isRemote: true,
    venueName: null,
    venueAddress: null,
    seats: null,
    status: "published",
    cancelReason: null,
    pairedSessionId: null,
    slots: [],
    ...overrides,
  };
}

const ATTENTION = paper("arxiv:1706.03762", "https://arxiv.org/abs/1706.03762");
const LSTM = paper("doi:10.1162/neco.1997.9.8.1735", "https://doi.org/10.1162/neco.1997.9.8.1735");
const BLOG = paper("url:https://example.com/post/?a=1", "https://www.example.com/post/?utm_source=x&a=1");

const snapshot: ScheduleSnapshot = {
  format: 1,
  series: { slug: "tot", name: "Test of Time", description: "", timeZone: LA },
  tracks: [],
  sessions: [
    // 18:00 Pacific on Wednesday, July 1, which is already July 2 in UTC.
    session({
      id: "a",
      title: "Attention, again",
      track: { slug: "foundations", name: "Foundations" },
      isRemote: false,
      venueName: "Hall",
      venueAddress: "1 Main St",
      slots: [slot(2, LSTM, "Bob"), slot(1, ATTENTION, "Ada Lovelace"), slot(3, BLOG, "Bob")],
    }),
    session({
      id: "b",
      title: '=HYPERLINK("https://evil.example","click")',
      startsAt: "2026-07-09T01:00:00.000Z",
      endsAt: "2026-07-09T02:00:00.000Z",
      status: "cancelled",
      cancelReason: "Room lost",
      isInPerson: false,
      venueName: "@home",
      slots: [slot(1, paper("arxiv:2401.00001", "https://arxiv.org/abs/2401.00001"), "-Dash")],
    }),
    session({ id: "c", startsAt: "2026-07-15T22:30:00.000Z", endsAt: "2026-07-16T00:00:00.000Z", timeZone: "Europe/Berlin" }),
  ],
};

const csv = formatScheduleCsv(snapshot);
const records = parse(csv, { bom: true }) as string[][];

describe("formatScheduleCsv", () => {
  it("is UTF-8 with a byte order mark and CRLF line endings, and starts with the plan import's columns", () => {
    expect(csv.startsWith("\uFEFFdate,track,title,readings,presenter email,start time,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(5); // header, three sessions, and the last line ending
    expect(records[0]).toEqual([...SCHEDULE_CSV_HEADER]);
    expect(SCHEDULE_CSV_HEADER).toEqual([
      "date",
      "track",
      "title",
      "readings",
      "presenter email",
      "start time",
      "end time",
      "time zone",
      "status",
      "venue",
      "in person",
      "remote",
      "presenters",
    ]);
  });

  it("writes one line per session with the local date and times of its zone, readings in slot order and each presenter once", () => {
    expect(records[1]).toEqual([
      "2026-07-01",
      "Foundations",
      "Attention, again",
      "https://arxiv.org/abs/1706.03762; https://doi.org/10.1162/neco.1997.9.8.1735; https://www.example.com/post/?utm_source=x&a=1",
      "",
      "18:00",
      "19:30",
      LA,
      "scheduled",
      "Hall, 1 Main St",
      "yes",
      "no",
      "Ada Lovelace; Bob",
    ]);
    // 22:30 UTC on July 15 is 00:30 on July 16 in Berlin.
    expect(records[3]).toEqual(["2026-07-16", "", "", "", "", "00:30", "02:00", "Europe/Berlin", "scheduled", "", "yes", "yes", ""]);
  });

  it("puts a quote before any cell a spreadsheet would run as a formula", () => {
    expect(records[2]).toEqual([
      "2026-07-08",
      "",
      `'=HYPERLINK("https://evil.example","click")`,
      "https://arxiv.org/abs/2401.00001",
      "",
      "18:00",
      "19:00",
      LA,
      "cancelled",
      "'@home",
      "no",
      "yes",
      "'-Dash",
    ]);
  });

  it("reads back into the plan import with the same dates, titles and readings, and no presenter email", () => {
    const result = parsePlanCsv(csv);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        date: "2026-07-01",
        track: "Foundations",
        title: "Attention, again",
        readings: [ATTENTION, LSTM, BLOG].map((p) => ({ input: p.url, canonicalId: p.canonicalId })),
        presenterEmail: null,
      },
      {
        line: 3,
        date: "2026-07-08",
        track: null,
        title: '=HYPERLINK("https://evil.example","click")',
        readings: [{ input: "https://arxiv.org/abs/2401.00001", canonicalId: "arxiv:2401.00001" }],
        presenterEmail: null,
      },
      { line: 4, date: "2026-07-16", track: null, title: null, readings: [], presenterEmail: null },
    ]);
  });

  it("writes only the header for a schedule without sessions", () => {
    expect(formatScheduleCsv({ ...snapshot, sessions: [] })).toBe(`\uFEFF${SCHEDULE_CSV_HEADER.join(",")}\r\n`);
  });
});

describe("guardFormula", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("guards %j", (cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
  });

  it.each(["", "x=1", "2026-07-01", "Ada"])("leaves %j alone", (cell) => {
    expect(guardFormula(cell)).toBe(cell);
  });
});
