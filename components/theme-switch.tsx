// The theme switch (decision 031): a plain form, so it works without JavaScript and the page
// stays the same for everyone (the front caches it). CSS shows only the choices that change
// something (.theme-to-* in app/globals.css): "Dark theme" while the page is light, "Light
// theme" while it is dark, and "Follow the system" once a choice is remembered. Hidden buttons
// are display: none, so a screen reader meets only those too.
import { buttonClasses } from "./ui/button-classes.ts";

const CHOICES = [
  { value: "dark", label: "Dark theme" },
  { value: "light", label: "Light theme" },
  { value: "system", label: "Follow the system theme" },
] as const;

export function ThemeSwitch() {
  return (
    <form method="post" action="/theme" className="flex flex-wrap items-center gap-2" data-testid="theme-switch">
      {CHOICES.map((c) => (
        <button key={c.value} type="submit" name="theme" value={c.value} className={buttonClasses("ghost", "sm", `theme-to-${c.value} px-0`)}>
          {c.label}
        </button>
      ))}
    </form>
  );
}
