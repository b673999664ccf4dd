"use client";
import { useActionState } from "react";
import type { changeRoleAction } from "@/app/admin/people/actions.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export function RoleForm({ userId, name, role, action }: { userId: string; name: string; role: string; action: typeof changeRoleAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  const id = `role-${userId}`;
  const current = result?.ok ? (result.data as { role: string }).role : role;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        Role of {name}
      </label>
      <select key={current} id={id} name="role" defaultValue={current} className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm">
        <option value="MEMBER">Member</option>
        <option value="ORGANIZER">Organizer</option>
        <option value="ADMIN">Admin</option>
      </select>
      <button type="submit" disabled={pending} className={buttonClasses("secondary", "sm")}>
        Save<span className="sr-only"> role of {name}</span>
      </button>
      {result ? (
        <span role={result.ok ? "status" : "alert"} className={`text-sm ${result.ok ? "text-emerald-800" : "text-red-700"}`}>
          {result.ok ? result.message : result.error}
        </span>
      ) : null}
    </form>
  );
}
