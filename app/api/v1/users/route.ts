import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { listPeople } from "@/lib/users/list-people.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/users?q=&page= — admins list and search people
export async function GET(request: NextRequest) {
  try {
    const params = request.nextUrl.searchParams;
    return NextResponse.json(await listPeople(await getActor(), { q: params.get("q") ?? "", page: params.get("page") ?? 1 }));
  } catch (error) {
    return jsonError(error);
  }
}
