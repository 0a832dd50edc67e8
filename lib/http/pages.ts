import { notFound } from "next/navigation";
import { AppError } from "@/lib/domain/errors";

/** For pages: a service's 404 becomes the not-found page; any other error stays an error. */
export async function orNotFound<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
