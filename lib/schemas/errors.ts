import { z } from "zod";

/** Every error the API answers with: `fields` names each input at fault ("ratings.3.level"). */
export const errorBodySchema = z
  .strictObject({
    error: z.strictObject({
      code: z.string().meta({ description: "Stable, machine-readable: validation_failed, unauthorized, not_found, ..." }),
      message: z.string().meta({ description: "A sentence for a person." }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "One message per field at fault, keyed by its path." }),
    }),
  })
  .meta({ id: "Error" });
