import { apiRoute } from "@/lib/http/api-route.ts";
import { listPeople } from "@/lib/users/list-people.ts";
import { peopleQuerySchema } from "@/lib/users/schemas.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/users?q=&page= — admins list and search people
export const GET = apiRoute({
  query: peopleQuerySchema,
  handler: ({ actor, query }) => listPeople(actor, query),
});
