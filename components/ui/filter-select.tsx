// One labelled select of a filter bar (the schedule, "Needs a speaker", the suggestions board,
// the audit log):
// fields of a plain GET form, so every filter works without JavaScript and is a shareable URL.
// The field's look is every form's (inputClass: 16 px text on a phone, so it does not zoom).
import { inputClass } from "./field.tsx";
import { buttonClasses } from "./button-classes.ts";

export const FILTER_SUBMIT = buttonClasses("primary");

type Props = { id: string; name: string; label: string; defaultValue: string; children: React.ReactNode };

export function FilterSelect({ id, name, label, defaultValue, children }: Props) {
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={inputClass}>
        {children}
      </select>
    </div>
  );
}

/** "All …" (no filter) first, then one option per item by its slug. */
export function SlugOptions({ all, items }: { all: string; items: { slug: string; name: string }[] }) {
  return (
    <>
      <option value="">{all}</option>
      {items.map((item) => (
        <option key={item.slug} value={item.slug}>
          {item.name}
        </option>
      ))}
    </>
  );
}
