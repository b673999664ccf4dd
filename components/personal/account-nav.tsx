"use client";
// The header's account links: "Sign in" for a visitor; for a signed-in person (from the personal
// layer) their organizer links, their page and the sign-out form. Before the page's JavaScript
// runs on a shared copy, a signed-in person sees a link to their page (rendered for them, with
// the sign-out form), not "Sign in".
import Link from "@/components/ui/link.tsx";
import { SignOutButton } from "../sign-out-button.tsx";
import { usePersonal } from "./use-personal.ts";

const linkClass = "text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";

export function AccountNav() {
  const me = usePersonal();
  if (!me) {
    return (
      <>
        <span data-personal="visitor">
          <Link href="/signin" className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
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
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
      {me.links.organize ? (
        <li>
          <Link href="/organize" className={linkClass}>
            Organize
          </Link>
        </li>
      ) : null}
      {me.links.people ? (
        <li>
          <Link href="/admin/people" className={linkClass}>
            People
          </Link>
        </li>
      ) : null}
      <li>
        <Link href="/me" className={linkClass}>
          {me.name ?? "Your profile"}
        </Link>
      </li>
      <li>
        <SignOutButton csrfToken={me.signOutToken} />
      </li>
    </ul>
  );
}
