// Cards and sections of the design system (issue 19): the `.card` shape of app/globals.css.
// <Card> is a plain box (as a div, an article or a list item); <Section> is a card that is a
// named region of the page, its heading tied to it for screen readers.
import type { ReactNode } from "react";

type CardProps = { as?: "div" | "article" | "li" | "section" | "dl"; className?: string; children: ReactNode } & Record<`data-${string}`, string>;

export function Card({ as: Tag = "div", className, children, ...data }: CardProps) {
  return (
    <Tag className={["card p-5", className].filter(Boolean).join(" ")} {...data}>
      {children}
    </Tag>
  );
}

type SectionProps = {
  id: string;
  title: ReactNode;
  /** A sentence under the title. */ description?: ReactNode;
  /** Heading level: h2 for a page's sections, h3 inside one. */ level?: 2 | 3;
  /** success and warning: an alert's colours; danger: a card with a red edge (a step that cannot be undone). */
  tone?: "plain" | "success" | "warning" | "danger";
  className?: string;
  children: ReactNode;
};

const TONE = { plain: "card", success: "alert", warning: "alert", danger: "card border-red-200" } as const;

export function Section({ id, title, description, level = 2, tone = "plain", className, children }: SectionProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      aria-labelledby={id}
      data-tone={tone === "success" || tone === "warning" ? tone : undefined}
      className={[TONE[tone], "space-y-3 p-5 text-base", className].filter(Boolean).join(" ")}
    >
      <Heading id={id} className={`${level === 2 ? "text-xl" : "text-lg"} font-bold ${tone === "danger" ? "text-red-900" : ""}`}>
        {title}
      </Heading>
      {description ? <p className="text-sm text-ink-muted">{description}</p> : null}
      {children}
    </section>
  );
}
