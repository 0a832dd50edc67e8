import type { Dashboard, Serialized } from "@/lib/domain/dashboard";

/** GET /api/v1/dashboard as the browser receives it. */
export type DashboardData = Serialized<Dashboard>;
export type { ProgressPoint } from "@/lib/domain/dashboard";
