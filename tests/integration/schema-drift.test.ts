// The migrated database matches prisma/schema.prisma: tables, columns, types, nullability,
// defaults, primary keys, unique constraints, indexes, foreign keys and enums. Objects that
// only SQL can express are listed in prisma/sql-only-objects.ts and must exist too; the
// functions and triggers are those of prisma/sql (their text: sql-functions.test.ts).
import { describe, expect, it } from "vitest";
import { SQL_ONLY_OBJECTS } from "../../prisma/sql-only-objects.ts";
import { useTestDatabase } from "../support/database.ts";
import { expectedShape } from "../support/schema-expectations.ts";
import { declaredSqlObjects } from "../support/sql-files.ts";
import { introspect } from "../support/schema-introspection.ts";

const byKey = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
const colKey = (c: { table: string; column: string }) => `${c.table}.${c.column}`;
const idxKey = (i: { table: string; columns: string[]; unique?: boolean }) => `${i.table}(${i.columns.join(",")})${i.unique ? " unique" : ""}`;
const fkKey = (f: { table: string; columns: string[] }) => `${f.table}(${f.columns.join(",")})`;

describe("schema drift", () => {
  const database = useTestDatabase();

  it("has exactly the tables and columns of schema.prisma, with their types, nullability and defaults", async () => {
    const expected = expectedShape();
    const actual = await introspect(database.current.url);
    expect([...actual.tables].sort()).toEqual([...expected.tables].sort());
    expect(byKey(actual.columns, colKey)).toEqual(byKey(expected.columns, colKey));
  });

  it("has the primary keys, unique constraints and indexes of schema.prisma", async () => {
    const expected = expectedShape();
    const actual = await introspect(database.current.url);
    expect(byKey(actual.primaryKeys, idxKey)).toEqual(byKey(expected.primaryKeys, idxKey));
    expect(byKey(actual.indexes, idxKey).map(idxKey)).toEqual(byKey(expected.indexes, idxKey).map(idxKey));
  });

  it("has the foreign keys with the referential actions of schema.prisma", async () => {
    const expected = expectedShape();
    const actual = await introspect(database.current.url);
    expect(byKey(actual.foreignKeys, fkKey)).toEqual(byKey(expected.foreignKeys, fkKey));
  });

  it("has the enums with their values in order", async () => {
    const expected = expectedShape();
    const actual = await introspect(database.current.url);
    expect(byKey(actual.enums, (e) => e.name)).toEqual(byKey(expected.enums, (e) => e.name));
  });

  it("has every SQL-only object and no partial index that is not listed", async () => {
    const actual = await introspect(database.current.url);
    const partial = actual.indexNames.filter((i) => i.partial).map((i) => i.name);
    expect(partial.sort()).toEqual([...SQL_ONLY_OBJECTS.indexes].sort());
    expect(actual.checks.sort()).toEqual([...SQL_ONLY_OBJECTS.checks].sort());
    expect(actual.sequences.sort()).toEqual([...SQL_ONLY_OBJECTS.sequences].sort());
    const declared = declaredSqlObjects();
    expect(actual.triggers.sort()).toEqual(Object.keys(declared.triggers).sort());
    expect(actual.functions.sort()).toEqual(Object.keys(declared.functions).sort());
  });
});
