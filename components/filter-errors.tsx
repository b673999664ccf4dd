import type { FieldMessages } from "@/lib/http/search-params.ts";

// Says, field by field, which filters in the address could not be used: a value the page
// could not read (it was left out) or a series or track that does not exist.
export function FilterErrors({ fields }: { fields: FieldMessages | null }) {
  if (!fields || Object.keys(fields).length === 0) return null;
  return (
    <div role="alert" data-tone="warning" className="alert">
      <p>Some filters in the address could not be used:</p>
      <ul className="mt-1 list-disc pl-5">
        {Object.entries(fields).map(([field, message]) => (
          <li key={field}>
            {field === "_" ? null : <span className="font-medium">{field}: </span>}
            {message}
          </li>
        ))}
      </ul>
    </div>
  );
}
