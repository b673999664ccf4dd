// Links between a session's organizer pages: the editor, its attendees, the door, the poster.
import Link from "@/components/ui/link.tsx";

export const sessionToolHref = {
  editor: (id: string) => `/organize/sessions/${id}`,
  attendees: (id: string) => `/organize/sessions/${id}/attendees`,
  checkIn: (id: string) => `/organize/sessions/${id}/check-in`,
  poster: (id: string) => `/organize/sessions/${id}/poster`,
  csv: (id: string) => `/organize/sessions/${id}/attendees.csv`,
};

export const toolLinkClass =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50";

export function ToolLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={toolLinkClass}>
      {children}
    </Link>
  );
}
