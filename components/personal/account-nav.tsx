"use client";
// The header's account links: "Sign in" for a visitor; for a signed-in person (from the personal
// layer) their organizer links, their page and the sign-out form. Before the page's JavaScript
// runs on a shared copy, a signed-in person sees a link to their page (rendered for them, with
// the sign-out form), not "Sign in".
import Link from "@/components/ui/link.tsx";
import { SignOutButton } from "../sign-out-button.tsx";
import { usePersonal } from "./use-personal.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

const linkClass = "text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";

/**
 * "bar": in the header's line (on a phone only "Sign in" or the person's name); "menu": what a
 * phone shows in the header's menu instead (organizer links and sign-out; nothing for a visitor).
 */
export function AccountNav({ part }: { part: "bar" | "menu" }) {
  const me = usePersonal();
  if (part === "menu") {
    if (!me) return null;
    return (
      <ul className="site-menu-account">
        <OrganizerLinks links={me.links} />
        <li>
          <SignOutButton csrfToken={me.signOutToken} />
        </li>
      </ul>
    );
  }
  if (!me) {
    return (
      <>
        <span data-personal="visitor">
          <Link href="/signin" className={buttonClasses("primary", "sm")}>
            Sign in
          </Link>
        </span>
        <span data-personal="pending">
          <Link href="/me" className={linkClass}>
            Your page
          </Link>
        </span>
      </>
    );
  }
  return (
    <ul className="flex items-center gap-x-4">
      <OrganizerLinks links={me.links} className="max-sm:hidden" />
      <li className="min-w-0">
        <Link href="/me" className={`block truncate ${linkClass}`}>
          {me.name ?? "Your profile"}
        </Link>
      </li>
      <li className="max-sm:hidden">
        <SignOutButton csrfToken={me.signOutToken} />
      </li>
    </ul>
  );
}

function OrganizerLinks({ links, className }: { links: { organize: boolean; people: boolean }; className?: string }) {
  return (
    <>
      {links.organize ? (
        <li className={className}>
          <Link href="/organize" className={linkClass}>
            Organize
          </Link>
        </li>
      ) : null}
      {links.people ? (
        <li className={className}>
          <Link href="/admin/people" className={linkClass}>
            People
          </Link>
        </li>
      ) : null}
    </>
  );
}
