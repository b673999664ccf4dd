// Reads an organizer's season plan, exported from a spreadsheet as CSV, into rows that the plan
// import then checks against the database (tracks, papers, presenters). Pure: no I/O.
//
// Every line that cannot be used is reported with its line number (header = 1) and a sentence
// naming the column; the good lines are kept. A problem with the file as a whole (empty, no
// "date" column, broken quoting, too many lines) is reported alone and no rows are kept.
import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { canonicalPaperId } from "../papers/canonical-id.ts";
import { email, freeText, hasForbiddenCharacters, httpUrl } from "../validation/fields.ts";

export type PlanCsvRow = {
  /** 1-based line of the file where the row starts (the header is line 1). */
  line: number;
  /** YYYY-MM-DD, a real calendar date. */
  date: string;
  /** A track's name or slug, as typed. */
  track: string | null;
  title: string | null;
  readings: { input: string; canonicalId: string }[];
  /** Lower-cased. */
  presenterEmail: string | null;
};
export type PlanCsvProblem = { line: number; message: string };
export type PlanCsvResult = { rows: PlanCsvRow[]; problems: PlanCsvProblem[] };

export const PLAN_CSV_HEADER = ["date", "track", "title", "readings", "presenter email"] as const;
const DEFAULT_MAX_ROWS = 500;

type Column = "date" | "track" | "title" | "readings" | "presenterEmail";
const LABEL: Record<Column, string> = { date: "date", track: "track", title: "title", readings: "readings", presenterEmail: "presenter email" };
const COLUMNS = Object.keys(LABEL) as Column[];
// Header names after normalizeHeader(): lower case, "_" and runs of spaces as one space.
const HEADER_NAMES = new Map<string, Column>([
  ["date", "date"],
  ["track", "track"],
  ["title", "title"],
  ["readings", "readings"],
  ["presenter email", "presenterEmail"],
  ["presenter", "presenterEmail"],
]);

const TITLE = freeText({ max: 200, maxMessage: "Keep it under 200 characters." });
const TRACK = freeText({ max: 100, maxMessage: "Keep it under 100 characters." });
const EMAIL = email();

type CsvRecord = { line: number; cells: string[] };
type ColumnIndex = Partial<Record<Column, number>>;

/** Reads a plan CSV; see the file comment. `maxRows` (default 500) limits the sessions per file. */
export function parsePlanCsv(text: string, options: { maxRows?: number } = {}): PlanCsvResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const read = readRecords(text);
  if ("problem" in read) return fileProblem(read.problem);
  const [header, ...body] = read.records.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (!header) return fileProblem({ line: 0, message: `The file is empty. Start it with a header line: ${PLAN_CSV_HEADER.join(",")}.` });
  const columns = readHeader(header);
  if ("problem" in columns) return fileProblem(columns.problem);
  if (body.length === 0) return fileProblem({ line: 0, message: "The file has a header but no sessions: add one line per session below it." });
  if (body.length > maxRows) {
    const message = `The file has ${body.length} sessions; import at most ${maxRows} at a time (split the file).`;
    return fileProblem({ line: body[maxRows].line, message });
  }
  return readBody(body, columns.index);
}

/** A header and one example session, to download and fill in. */
export function planCsvTemplate(): string {
  const example = ["2026-09-02", "Foundations", "Attention and memory", "1706.03762; https://doi.org/10.1162/neco.1997.9.8.1735", "ada@example.com"];
  return stringify([[...PLAN_CSV_HEADER], example]);
}

function fileProblem(problem: PlanCsvProblem): PlanCsvResult {
  return { rows: [], problems: [problem] };
}

function readBody(body: CsvRecord[], index: ColumnIndex): PlanCsvResult {
  const result: PlanCsvResult = { rows: [], problems: [] };
  for (const record of body) {
    const read = readRow(record, index);
    if ("problems" in read) result.problems.push(...read.problems.map((message) => ({ line: record.line, message })));
    else result.rows.push(read.row);
  }
  return result;
}

// ───────────────────────────── the file ─────────────────────────────

function readRecords(text: string): { records: CsvRecord[] } | { problem: PlanCsvProblem } {
  // One line ending, so that csv-parse counts lines the way an editor shows them.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records: CsvRecord[] = [];
  let lastLine = 0;
  try {
    parse(source, {
      delimiter: detectDelimiter(source),
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      on_record: (cells: string[], context) => {
        records.push({ line: lastLine + 1, cells });
        lastLine = context.lines;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) return { problem: csvProblem(error, lastLine + 1) };
    throw error;
  }
  return { records };
}

/** Comma, unless the first line has none and is separated by tabs or semicolons (some spreadsheet locales). */
function detectDelimiter(source: string): string {
  const first = /^[^\n]*\S[^\n]*$/m.exec(source)?.[0] ?? "";
  if (first.includes(",")) return ",";
  if (first.includes("\t")) return "\t";
  if (first.includes(";")) return ";";
  return ",";
}

function csvProblem(error: CsvError, recordLine: number): PlanCsvProblem {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return {
      line: recordLine,
      message: 'A quoted value starts on this line and its closing quote (") is missing, so the rest of the file cannot be read.',
    };
  }
  const line = typeof error.lines === "number" ? error.lines : recordLine;
  if (error.code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE" || error.code === "CSV_INVALID_CLOSING_QUOTE") {
    return { line, message: 'A quoted value has more text after its closing quote: quote the whole value and double any quote inside it ("").' };
  }
  return { line, message: `The file cannot be read as CSV here (${error.message}).` };
}

function normalizeHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

function readHeader(header: CsvRecord): { index: ColumnIndex } | { problem: PlanCsvProblem } {
  const index: ColumnIndex = {};
  for (const [i, cell] of header.cells.entries()) {
    const column = HEADER_NAMES.get(normalizeHeader(cell));
    if (!column) continue;
    if (index[column] !== undefined)
      return { problem: { line: header.line, message: `The header names the "${LABEL[column]}" column twice; keep one.` } };
    index[column] = i;
  }
  if (index.date === undefined) {
    const message = `The first line must name the columns and has no "date" column. Start the file with: ${PLAN_CSV_HEADER.join(",")}.`;
    return { problem: { line: header.line, message } };
  }
  return { index };
}

// ───────────────────────────── one line ─────────────────────────────

type Cells = Record<Column, string>;
type Checked<T> = { value: T; problems: string[] };

function readRow(record: CsvRecord, index: ColumnIndex): { row: PlanCsvRow } | { problems: string[] } {
  const cells = cellsOf(record, index);
  const unreadable = COLUMNS.filter((c) => hasForbiddenCharacters(cells[c]));
  if (unreadable.length > 0) return { problems: unreadable.map((c) => `${LABEL[c]}: remove the invisible control characters from this cell.`) };
  const date = checkDate(cells.date);
  const track = checkText("track", TRACK, cells.track);
  const title = checkText("title", TITLE, cells.title);
  const readings = checkReadings(cells.readings);
  const presenterEmail = checkEmail(cells.presenterEmail);
  const problems = [date, track, title, readings, presenterEmail].flatMap((c) => c.problems);
  if (problems.length > 0) return { problems };
  return {
    row: {
      line: record.line,
      date: date.value,
      track: track.value,
      title: title.value,
      readings: readings.value,
      presenterEmail: presenterEmail.value,
    },
  };
}

function cellsOf(record: CsvRecord, index: ColumnIndex): Cells {
  const cell = (column: Column) => {
    const i = index[column];
    return i === undefined ? "" : unguard(record.cells[i] ?? "");
  };
  return { date: cell("date"), track: cell("track"), title: cell("title"), readings: cell("readings"), presenterEmail: cell("presenterEmail") };
}

/** Undoes the formula guard of the schedule export ("'=x" → "=x"), so an exported file imports as it was. */
function unguard(cell: string): string {
  const trimmed = cell.trim();
  return /^'[=+\-@\t\r\n]/.test(trimmed) ? trimmed.slice(1).trim() : trimmed;
}

/** A value quoted in a message, shortened. */
function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(short);
}

function checkDate(raw: string): Checked<string> {
  if (raw === "") return { value: raw, problems: ["date: the date is missing (use YYYY-MM-DD)."] };
  if (!isCalendarDate(raw)) return { value: raw, problems: [`date: ${quote(raw)} is not a date (use YYYY-MM-DD).`] };
  return { value: raw, problems: [] };
}

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkText(column: Column, schema: typeof TITLE, raw: string): Checked<string | null> {
  if (raw === "") return { value: null, problems: [] };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: null, problems: parsed.error.issues.map((i) => `${LABEL[column]}: ${lowerFirst(i.message)}`) };
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

function checkEmail(raw: string): Checked<string | null> {
  if (raw === "") return { value: null, problems: [] };
  const parsed = EMAIL.safeParse(raw);
  if (parsed.success) return { value: parsed.data, problems: [] };
  return { value: null, problems: [`presenter email: ${quote(raw)} is not an email address.`] };
}

function checkReadings(raw: string): Checked<PlanCsvRow["readings"]> {
  const readings: PlanCsvRow["readings"] = [];
  const problems: string[] = [];
  for (const input of raw.split(/[;\n]/).map((s) => s.trim())) {
    if (input === "") continue;
    const canonicalId = readingId(input);
    const earlier = readings.find((r) => r.canonicalId === canonicalId);
    if (!canonicalId) problems.push(`readings: ${quote(input)} is not an arXiv id, a DOI or an http(s) link.`);
    else if (earlier && earlier.input === input) problems.push(`readings: ${quote(input)} is listed twice.`);
    else if (earlier) problems.push(`readings: ${quote(input)} is the same paper as ${quote(earlier.input)}; list it once.`);
    else readings.push({ input, canonicalId });
  }
  return { value: readings, problems };
}

/** The paper's canonical id, or null for anything but an arXiv id or link, a DOI, or a plain http(s) link. */
function readingId(input: string): string | null {
  const paper = canonicalPaperId(input);
  if (!paper) return null;
  if (paper.source === "URL" && !httpUrl.safeParse(paper.url).success) return null;
  return paper.canonicalId;
}
