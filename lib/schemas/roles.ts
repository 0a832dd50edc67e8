import { z } from "zod";
import { SKILL_CATEGORIES } from "@/lib/domain/framework";

const skillSchema = z.strictObject({ slug: z.string(), name: z.string(), category: z.enum(SKILL_CATEGORIES) }).meta({ id: "Skill" });

/** A role with every skill of the catalogue; target 0 means the role does not need that skill. */
export const roleDetailSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    focus: z.string(),
    employers: z.string(),
    mathLevel: z.string(),
    programmingLevel: z.string(),
    deploymentLevel: z.string(),
    responsibilities: z.array(z.string()),
    skills: z.array(
      skillSchema.extend({
        target: z.int().min(0).max(5),
        weight: z.int().min(1).meta({ description: "3 for a core skill, 2 for one drawn from the responsibilities, 1 otherwise." }),
      }),
    ),
  })
  .meta({ id: "RoleDetail" });
export type RoleDetail = z.infer<typeof roleDetailSchema>;

/** GET /roles: the framework in force, public. */
export const roleCatalogueSchema = z
  .strictObject({
    version: z.string(),
    scale: z.array(z.strictObject({ level: z.int().min(0).max(5), name: z.string(), descriptor: z.string() })),
    skills: z.array(skillSchema),
    roles: z.array(roleDetailSchema),
  })
  .meta({ id: "RoleCatalogue" });
export type RoleCatalogue = z.infer<typeof roleCatalogueSchema>;
