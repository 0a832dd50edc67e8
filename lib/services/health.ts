import "server-only";
import { pingDatabase } from "@/lib/db/health";

export async function checkHealth(): Promise<{ status: "ok" }> {
  await pingDatabase();
  return { status: "ok" };
}
