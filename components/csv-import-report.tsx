// The per-line report of a CSV import: the lines that can be imported as draft sessions, and the ones that cannot, with why.
import type { ImportLine } from "@/lib/schedule-csv/import-plan.ts";
import type { PlanCsvProblem } from "@/lib/schedule-csv/parse-plan-csv.ts";
import { formatCalendarDate } from "@/lib/time/format.ts";
import { ExternalLink } from "./ui/external-link.tsx";

function Reading({ reading }: { reading: ImportLine["readings"][number] }) {
  if (reading.title) return <>{reading.title}</>;
  const isArxiv = reading.canonicalId.startsWith("arxiv:");
  return (
    <>
      {isArxiv ? reading.input : <ExternalLink href={reading.input}>{reading.input}</ExternalLink>}{" "}
      <span className="text-slate-600">— new: {isArxiv ? "looked up on arXiv" : "added as a link"}</span>
    </>
  );
}

export function ImportLinesTable({ lines }: { lines: ImportLine[] }) {
  const th = "px-3 py-2 font-semibold";
  return (
    <div className="overflow-x-auto card">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-lines">
        <caption className="sr-only">Lines to import</caption>
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className={th}>
              Line
            </th>
            <th scope="col" className={th}>
              Date
            </th>
            <th scope="col" className={th}>
              Track
            </th>
            <th scope="col" className={th}>
              Title
            </th>
            <th scope="col" className={th}>
              Readings
            </th>
            <th scope="col" className={th}>
              Presenter
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {lines.map((l) => (
            <tr key={l.line}>
              <td className="px-3 py-2">{l.line}</td>
              <td className="px-3 py-2 whitespace-nowrap">
                <time dateTime={l.date}>{formatCalendarDate(l.date)}</time>
              </td>
              <td className="px-3 py-2">{l.track?.name ?? <span className="text-slate-600">none</span>}</td>
              <td className="px-3 py-2">{l.title ?? <span className="text-slate-600">none</span>}</td>
              <td className="min-w-64 px-3 py-2">
                {l.readings.length === 0 ? (
                  <span className="text-slate-600">none</span>
                ) : (
                  <ul className="space-y-1">
                    {l.readings.map((r) => (
                      <li key={r.canonicalId} className="break-words">
                        <Reading reading={r} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2">
                {l.presenter ? (
                  <>
                    {l.presenter.name ?? l.presenter.email}
                    {l.presenter.name ? <span className="block text-slate-600">{l.presenter.email}</span> : null}
                  </>
                ) : (
                  <span className="text-slate-600">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ImportProblems({ problems, heading }: { problems: PlanCsvProblem[]; heading: string }) {
  if (problems.length === 0) return null;
  return (
    <div data-tone="danger" className="alert space-y-2 p-4">
      <h3 className="font-semibold">{heading}</h3>
      <ul className="list-disc space-y-1 pl-5" data-testid="import-problems">
        {problems.map((p, i) => (
          <li key={`${p.line}-${i}`}>
            <span className="font-semibold">{p.line > 0 ? `Line ${p.line}` : "The file"}:</span> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
