import { z } from "zod";

export const progressQuerySchema = z.strictObject({
  role: z.string({ error: "Name the role: data-scientist, ml-engineer or ml-researcher." }).min(1).max(64),
});
export type ProgressQuery = z.output<typeof progressQuerySchema>;
