"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline"
    >
      Sign out
    </button>
  );
}
