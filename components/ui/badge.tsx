// Small labels (issue 19). <Badge> takes a tone; <StatusBadge> names the state of a session, a
// speaker slot or a claim the same way on every page. Colours are the themed palette (both
// themes AA: a 50 background with an 800 text turns into a 950 background with a 200 text).
const TONES = {
  neutral: "bg-slate-100 text-slate-800 ring-slate-300",
  brand: "bg-brand-50 text-brand-800 ring-brand-100",
  green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  red: "bg-red-50 text-red-800 ring-red-200",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: React.ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[tone]}`}>{children}</span>;
}

const STATUSES = {
  draft: ["amber", "Draft"],
  unpublished: ["amber", "Draft: not yet published"],
  published: ["green", "Published"],
  cancelled: ["red", "Cancelled"],
  removed: ["red", "Removed"],
  "speaker-needed": ["red", "Needs a speaker"],
  "claim-pending": ["amber", "Speaker claim pending"],
  "edited-by-hand": ["neutral", "edited by hand"],
  "changes-unpublished": ["amber", "Changes not published"],
} as const satisfies Record<string, readonly [BadgeTone, string]>;

export type Status = keyof typeof STATUSES;

export function StatusBadge({ status }: { status: Status }) {
  const [tone, label] = STATUSES[status];
  return <Badge tone={tone}>{label}</Badge>;
}
