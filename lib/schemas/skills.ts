import { z } from "zod";
import { SKILL_CATEGORIES } from "@/lib/domain/framework";
import { RESOURCE_KINDS } from "@/lib/domain/skill-guides";

/** GET /skills/{slug}: one skill with its guide; targets and weights are the framework's. */
export const skillDetailSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    category: z.enum(SKILL_CATEGORIES),
    description: z.string().meta({ description: "What the skill covers in machine-learning work." }),
    levels: z
      .array(
        z.strictObject({
          level: z.int().min(0).max(5),
          label: z.string().meta({ description: "The rating scale's name for the level." }),
          descriptor: z.string().meta({ description: "What the level looks like in this skill." }),
        }),
      )
      .length(6),
    roles: z.array(
      z.strictObject({
        slug: z.string(),
        name: z.string(),
        target: z.int().min(0).max(5).meta({ description: "0 when the role does not need the skill." }),
        weight: z.int().min(1),
        why: z.string(),
      }),
    ),
    resources: z.array(
      z.strictObject({
        title: z.string(),
        url: z.url({ protocol: /^https$/ }),
        kind: z.enum(RESOURCE_KINDS),
        level: z.int().min(1).max(5).meta({ description: "The level the resource helps reach." }),
      }),
    ),
  })
  .meta({ id: "SkillDetail" });

/** GET /skills: every skill of the framework in force, in catalogue order. */
export const skillCatalogueSchema = z
  .strictObject({ version: z.string(), skills: z.array(skillDetailSchema) })
  .meta({ id: "SkillCatalogue" });
