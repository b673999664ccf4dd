// Recognising database errors that are answers, not failures — and the ones that say the
// database cannot be reached at all.
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string } };
  return (
    e?.code === "P2002" || e?.code === "23505" || e?.cause?.code === "23505" || /Unique constraint failed|unique constraint/i.test(e?.message ?? "")
  );
}

// Refused or dropped connections (also one the server closed during a statement outside a
// transaction: Prisma's adapter says ConnectionClosed), the server shutting down or starting
// (57P01–57P03), connection failures (08xxx), and Prisma's words for them, looked for through
// driver-adapter wrappers.
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|Can't reach database|DatabaseNotReachable|ConnectionClosed|Server has closed the connection|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|57P01|57P02|57P03|08006|08001|08003|08004|P1001|P1002|P1017|P2028|Unable to start a transaction|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current = error as
    { name?: unknown; message?: unknown; code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown } | undefined;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const facts = [current.name, current.message, current.code, current.kind, current.originalCode].filter((v) => typeof v === "string").join(" ");
    if (UNAVAILABLE.test(facts)) return true;
    const adapter = (current.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError?.cause;
    current = (adapter ?? current.cause) as typeof current;
  }
  return false;
}
