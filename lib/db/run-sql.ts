// One SQL statement with positional parameters, answered with its rows: the shape a domain
// function takes when both the app (through Prisma) and the front (through its own pg pool,
// lib/front) run it — the personal view (decision 028) and a member's RSVP (decision 029).
export type RunSql = (sql: string, params: unknown[]) => Promise<unknown[]>;

/** Runs statements through a Prisma client, outside any transaction: each is its own. */
export const runThrough =
  (db: { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> }): RunSql =>
  (sql, params) =>
    db.$queryRawUnsafe<unknown[]>(sql, ...params);
