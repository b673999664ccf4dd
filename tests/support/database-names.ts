// Names shared by the global setup (which makes the templates) and the per-test databases.
export const EMPTY_TEMPLATE = "paperclub_template_empty";
export const SEEDED_TEMPLATE = "paperclub_template_seeded";

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}
