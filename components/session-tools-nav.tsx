// Links between a session's organizer pages: the editor, its attendees, the door, the poster.
import Link from "@/components/ui/link.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export const sessionToolHref = {
  editor: (id: string) => `/organize/sessions/${id}`,
  attendees: (id: string) => `/organize/sessions/${id}/attendees`,
  checkIn: (id: string) => `/organize/sessions/${id}/check-in`,
  poster: (id: string) => `/organize/sessions/${id}/poster`,
  csv: (id: string) => `/organize/sessions/${id}/attendees.csv`,
};

export const toolLinkClass = buttonClasses("secondary", "sm");

export function ToolLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={toolLinkClass}>
      {children}
    </Link>
  );
}
