import { db } from "./client";

/** One role's stored readiness over time, oldest first: one range scan of the (userId, roleSlug, createdAt) index. */
export function readinessSeries(userId: string, roleSlug: string, since?: Date) {
  return db.roleReadiness.findMany({
    where: { userId, roleSlug, ...(since ? { createdAt: { gte: since } } : {}) },
    orderBy: { createdAt: "asc" },
    select: { assessmentId: true, createdAt: true, readiness: true },
  });
}
