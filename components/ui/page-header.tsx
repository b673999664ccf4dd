// The top of a page (issue 19): its one <h1>, with what leads to it above (a back link, a
// series), a sentence below, and its actions at the side on a desk, under it on a phone.
import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** Above the title: a back link or the series it belongs to. */ eyebrow?: ReactNode;
  /** Under the title. */ description?: ReactNode;
  /** Buttons or links for what to do here. */ actions?: ReactNode;
  /** More under the title (badges, meta lines). */ children?: ReactNode;
  titleId?: string;
};

export function PageHeader({ title, eyebrow, description, actions, children, titleId }: Props) {
  return (
    <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-2">
        {eyebrow ? <div className="text-sm text-ink-muted">{eyebrow}</div> : null}
        <h1 id={titleId} className="page-title wrap-break-word">
          {title}
        </h1>
        {description ? <p className="max-w-prose text-ink-soft">{description}</p> : null}
        {children}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}
