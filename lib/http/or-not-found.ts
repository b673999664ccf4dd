// Pages call domain functions through this: a "not_found" AppError becomes Next's 404 page.
import { notFound } from "next/navigation";
import { AppError } from "../errors.ts";

export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
