import "server-only";
import { loadFramework } from "@/lib/db/framework";
import type { Framework } from "@/lib/domain/framework";

/** The framework in force, as the plain data the browser's what-if arithmetic needs. */
export function getFramework(): Promise<Framework> {
  return loadFramework();
}
