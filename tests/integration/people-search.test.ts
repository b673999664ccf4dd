// Searching people: what an admin types is matched literally — "%" and "_" are characters
// to find, not LIKE wildcards that match everyone.
import { beforeEach, describe, expect, it } from "vitest";
import { listPeople } from "../../lib/users/list-people.ts";
import { actorByEmail } from "../support/helpers.ts";
import { useTestDatabase } from "../support/database.ts";

describe("people search", () => {
  const database = useTestDatabase({ seeded: true });

  beforeEach(async () => {
    await database.current.db.user.createMany({
      data: [
        { email: "percent@example.org", name: "Ninety 100% Sure" },
        { email: "snake_case@example.org", name: "Under Score" },
        { email: "back@example.org", name: "Back\\slash" },
      ],
    });
  });

  async function search(q: string) {
    const db = database.current.db;
    const admin = await actorByEmail(db, "admin@example.com");
    return (await listPeople(admin, { q })).people.map((p) => p.email).sort();
  }

  it('finds only the people whose name or email holds a "%"', async () => {
    expect(await search("%")).toEqual(["percent@example.org"]);
  });

  it('finds only the people whose name or email holds a "_"', async () => {
    expect(await search("_")).toEqual(["snake_case@example.org"]);
  });

  it("matches a backslash literally and still finds by part of a name, in any case", async () => {
    expect(await search("\\")).toEqual(["back@example.org"]);
    expect(await search("UNDER sc")).toEqual(["snake_case@example.org"]);
  });
});
