// parsePlanCsv: an organizer's season plan from a spreadsheet. Bad lines are reported with their
// line number and reason and left out; good lines are kept; a broken file yields no rows at all.
import { describe, expect, it } from "vitest";
import { PLAN_CSV_HEADER, parsePlanCsv, planCsvTemplate } from "../../lib/schedule-csv/parse-plan-csv.ts";

const HEADER = "date,track,title,readings,presenter email";

/** A CSV file as Excel on Windows writes it: byte order mark and CRLF, also inside quoted cells. */
function excelFile(lines: string[]): string {
  return "\uFEFF" + lines.join("\n").replace(/\n/g, "\r\n") + "\r\n";
}

describe("parsePlanCsv: good and bad lines", () => {
  const file = excelFile([
    "Date,Track,Title,Readings,Presenter Email,Notes", // 1: any case, an extra column
    '2026-09-02,foundations,"Attention, again","1706.03762; https://doi.org/10.1162/neco.1997.9.8.1735",Ada@Example.com,bring snacks', // 2
    "2026-13-01,foundations,Bad date,1706.03762,,", // 3
    "", // 4: blank
    "2026-09-09,,Unknown kind,javascript:alert(1),,", // 5
    "2026-09-16,,Bad email,2401.00001,bob@,", // 6
    "2026-09-23,,Control \u0001 char,2401.00002,,", // 7
    '2026-09-30,,Duplicate,"2401.00003', // 8: the readings run over two lines
    'https://arxiv.org/abs/2401.00003v2",,', // 9
    '2026-10-07,"Deep, learning","Multi', // 10: a title and readings over three lines
    'line title","10.1038/nature14539', // 11
    'ftp://x",,', // 12
    "2026-10-14,  spaced  ,,,,", // 13
    ",,,,,", // 14: empty cells only
  ]);
  const result = parsePlanCsv(file);

  it("reports exactly the bad lines, each with its line number and the column at fault", () => {
    expect(result.problems).toEqual([
      { line: 3, message: 'date: "2026-13-01" is not a date (use YYYY-MM-DD).' },
      { line: 5, message: 'readings: "javascript:alert(1)" is not an arXiv id, a DOI or an http(s) link.' },
      { line: 6, message: 'presenter email: "bob@" is not an email address.' },
      { line: 7, message: "title: remove the invisible control characters from this cell." },
      { line: 8, message: 'readings: "https://arxiv.org/abs/2401.00003v2" is the same paper as "2401.00003"; list it once.' },
      { line: 10, message: 'readings: "ftp://x" is not an arXiv id, a DOI or an http(s) link.' },
    ]);
  });

  it("keeps the good lines, trimmed, with canonical readings and a lower-cased email", () => {
    expect(result.rows).toEqual([
      {
        line: 2,
        date: "2026-09-02",
        track: "foundations",
        title: "Attention, again",
        readings: [
          { input: "1706.03762", canonicalId: "arxiv:1706.03762" },
          { input: "https://doi.org/10.1162/neco.1997.9.8.1735", canonicalId: "doi:10.1162/neco.1997.9.8.1735" },
        ],
        presenterEmail: "ada@example.com",
      },
      { line: 13, date: "2026-10-14", track: "spaced", title: null, readings: [], presenterEmail: null },
    ]);
  });
});

describe("parsePlanCsv: one line", () => {
  function parseLine(line: string, header = HEADER) {
    return parsePlanCsv(`${header}\n${line}\n`);
  }

  it("reports every problem of a line, and keeps none of it", () => {
    expect(parseLine("2026-02-30,,,2401.00001;2401.00001,x@y")).toEqual({
      rows: [],
      problems: [
        { line: 2, message: 'date: "2026-02-30" is not a date (use YYYY-MM-DD).' },
        { line: 2, message: 'readings: "2401.00001" is listed twice.' },
        { line: 2, message: 'presenter email: "x@y" is not an email address.' },
      ],
    });
  });

  it("needs a date on every line", () => {
    expect(parseLine(",Track,Title").problems).toEqual([{ line: 2, message: "date: the date is missing (use YYYY-MM-DD)." }]);
    expect(parseLine("1/7/2026").problems).toEqual([{ line: 2, message: 'date: "1/7/2026" is not a date (use YYYY-MM-DD).' }]);
    expect(parseLine("2027-02-29").problems).toHaveLength(1);
    expect(parseLine("2028-02-29").rows.map((r) => r.date)).toEqual(["2028-02-29"]);
  });

  it("accepts arXiv ids and links, DOIs and http(s) links, one per line or separated by semicolons", () => {
    const readings = parseLine('2026-09-02,,,"arXiv:1706.03762v7;doi:10.1038/NATURE14539\nhttps://openreview.net/forum?id=abc; ;"').rows[0].readings;
    expect(readings.map((r) => r.canonicalId)).toEqual(["arxiv:1706.03762", "doi:10.1038/nature14539", "url:https://openreview.net/forum?id=abc"]);
  });

  it.each(["ftp://example.com/x.pdf", "mailto:ada@example.com", "data:text/html,hi", "https://user:secret@example.com/paper", "a paper I liked"])(
    "refuses the reading %j",
    (reading) => {
      const result = parseLine(`2026-09-02,,,"${reading}"`);
      expect(result.rows).toEqual([]);
      expect(result.problems).toEqual([{ line: 2, message: `readings: ${JSON.stringify(reading)} is not an arXiv id, a DOI or an http(s) link.` }]);
    },
  );

  it("takes the columns in any order, by their other names, and leaves missing ones empty", () => {
    const result = parsePlanCsv("Presenter_Email,DATE\nada@example.com,2026-09-02\n");
    expect(result).toEqual({
      rows: [{ line: 2, date: "2026-09-02", track: null, title: null, readings: [], presenterEmail: "ada@example.com" }],
      problems: [],
    });
    expect(parsePlanCsv("date,presenter\n2026-09-02,bob@example.com\n").rows[0].presenterEmail).toBe("bob@example.com");
    expect(parsePlanCsv("date,presenters\n2026-09-02,Bob\n").rows[0].presenterEmail).toBeNull();
  });

  it("keeps titles within 200 characters", () => {
    expect(parseLine(`2026-09-02,,${"a".repeat(200)}`).problems).toEqual([]);
    expect(parseLine(`2026-09-02,,${"a".repeat(201)}`).problems).toEqual([{ line: 2, message: "title: keep it under 200 characters." }]);
  });

  it("takes back the formula guard of the schedule export", () => {
    expect(parseLine("2026-09-02,,'=1+1").rows[0].title).toBe("=1+1");
    expect(parseLine("2026-09-02,,'Twas brillig").rows[0].title).toBe("'Twas brillig");
  });

  it("reads files separated by semicolons or tabs", () => {
    expect(parsePlanCsv("date;title\n2026-09-02;Attention, again\n").rows[0].title).toBe("Attention, again");
    expect(parsePlanCsv("date\ttitle\n2026-09-02\tAttention; again\n").rows[0].title).toBe("Attention; again");
  });

  it("reads quoted values with doubled quotes and a line break", () => {
    expect(parseLine('2026-09-02,,"The ""best""\npaper"').rows[0]).toMatchObject({ line: 2, title: 'The "best"\npaper' });
  });
});

describe("parsePlanCsv: the file as a whole", () => {
  it.each(["", "\uFEFF", "\r\n\r\n", "  \n"])("reports the empty file %j", (text) => {
    expect(parsePlanCsv(text)).toEqual({ rows: [], problems: [{ line: 0, message: `The file is empty. Start it with a header line: ${HEADER}.` }] });
  });

  it("needs a header with a date column", () => {
    const message = `The first line must name the columns and has no "date" column. Start the file with: ${HEADER}.`;
    expect(parsePlanCsv("2026-09-02,Attention\n2026-09-09,Memory\n")).toEqual({ rows: [], problems: [{ line: 1, message }] });
    expect(parsePlanCsv("\n\ntitle,readings\nAttention,1706.03762\n")).toEqual({ rows: [], problems: [{ line: 3, message }] });
  });

  it("refuses a header that names a column twice", () => {
    expect(parsePlanCsv("date,presenter,presenter email\n2026-09-02,,\n")).toEqual({
      rows: [],
      problems: [{ line: 1, message: 'The header names the "presenter email" column twice; keep one.' }],
    });
  });

  it("says so when there is a header and no session", () => {
    expect(parsePlanCsv(`${HEADER}\n\n`).problems).toEqual([
      { line: 0, message: "The file has a header but no sessions: add one line per session below it." },
    ]);
  });

  it("keeps no row when a quote is never closed, and names the line where it opens", () => {
    const text = `${HEADER}\n2026-09-02,,Fine\n2026-09-09,,"Open quote\n2026-09-16,,Next\n`;
    expect(parsePlanCsv(text)).toEqual({
      rows: [],
      problems: [
        { line: 3, message: 'A quoted value starts on this line and its closing quote (") is missing, so the rest of the file cannot be read.' },
      ],
    });
  });

  it("keeps no row when a quoted value has text after its closing quote", () => {
    const result = parsePlanCsv(`${HEADER}\n2026-09-02,,Fine\n2026-09-09,,"Quoted" tail\n`);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { line: 3, message: 'A quoted value has more text after its closing quote: quote the whole value and double any quote inside it ("").' },
    ]);
  });

  it("refuses more sessions than maxRows, naming the first line over the limit", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `2026-09-${String(i + 1).padStart(2, "0")}`);
    const text = `date\n\n${lines(4).join("\n")}\n`;
    expect(parsePlanCsv(text, { maxRows: 4 }).rows).toHaveLength(4);
    expect(parsePlanCsv(text, { maxRows: 3 })).toEqual({
      rows: [],
      problems: [{ line: 6, message: "The file has 4 sessions; import at most 3 at a time (split the file)." }],
    });
  });

  it("allows 500 sessions by default", () => {
    const day = (i: number) => `2026-01-01,,Session ${i}`;
    const text = (n: number) => ["date,,title", ...Array.from({ length: n }, (_, i) => day(i))].join("\n");
    expect(parsePlanCsv(text(500)).rows).toHaveLength(500);
    expect(parsePlanCsv(text(501)).problems).toEqual([
      { line: 502, message: "The file has 501 sessions; import at most 500 at a time (split the file)." },
    ]);
  });
});

describe("planCsvTemplate", () => {
  it("starts with the header and its example line imports cleanly", () => {
    const template = planCsvTemplate();
    expect(template.split("\n")[0]).toBe(PLAN_CSV_HEADER.join(","));
    const result = parsePlanCsv(template);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0].readings.length).toBeGreaterThan(0);
    expect(result.rows[0].presenterEmail).not.toBeNull();
  });
});
