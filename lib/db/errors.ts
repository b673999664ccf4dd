// Recognising database errors that are answers, not failures.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  return (
    e?.code === "P2002" || e?.code === "23505" || e?.cause?.code === "23505" || /Unique constraint failed|unique constraint/i.test(e?.message ?? "")
  );
}
