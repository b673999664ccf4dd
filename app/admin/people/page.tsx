import type { Metadata } from "next";
import { FilterErrors } from "@/components/filter-errors.tsx";
import { RoleForm } from "@/components/role-form.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import { requirePermission } from "@/lib/auth/require-actor.ts";
import { parseSearchParams, type SearchParams } from "@/lib/http/search-params.ts";
import { listPeople } from "@/lib/users/list-people.ts";
import { peopleQuerySchema } from "@/lib/users/schemas.ts";
import { changeRoleAction } from "./actions.ts";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "People and roles" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("/admin/people", "people.list");
  const { data: query, fields: ignored } = parseSearchParams(peopleQuerySchema, await searchParams);
  const result = await listPeople(actor, query);
  return (
    <div className="space-y-6">
      <h1 className="page-title">People and roles</h1>
      <form method="get" className="flex max-w-lg gap-2" role="search">
        <label htmlFor="people-q" className="sr-only">
          Search by name or email
        </label>
        <input id="people-q" type="search" name="q" defaultValue={result.q} placeholder="Search by name or email" className={inputClass + " mt-0"} />
        <button type="submit" className={buttonClasses("primary")}>
          Search
        </button>
      </form>
      <FilterErrors fields={ignored} />
      <p className="text-sm text-slate-700">
        {result.total} {result.total === 1 ? "person" : "people"}
      </p>
      <ul className="card-list">
        {result.people.map((p) => (
          <li key={p.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="person-row">
            <div>
              <p className="font-medium text-slate-900">{p.name ?? "(no name)"}</p>
              <p className="text-sm text-slate-600">{p.email}</p>
            </div>
            <RoleForm userId={p.id} name={p.name ?? p.email ?? p.id} role={p.role} action={changeRoleAction} />
          </li>
        ))}
      </ul>
      {result.pages > 1 ? (
        <nav aria-label="Pages" className="flex gap-4 text-sm">
          {result.page > 1 ? (
            <a className="text-brand-700 underline" href={`?q=${encodeURIComponent(result.q)}&page=${result.page - 1}`}>
              Previous
            </a>
          ) : null}
          <span>
            Page {result.page} of {result.pages}
          </span>
          {result.page < result.pages ? (
            <a className="text-brand-700 underline" href={`?q=${encodeURIComponent(result.q)}&page=${result.page + 1}`}>
              Next
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
