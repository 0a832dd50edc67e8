import { expect, test } from "vitest";
import { FRAMEWORK_VERSION, SKILLS } from "@/lib/domain/framework";
import { fieldErrors } from "@/lib/schemas/field-errors";
import { roleSetJsonSchema, roleSetSchema } from "@/lib/schemas/role-set";

const role = { name: "Applied Scientist, search ranking", targets: [{ skill: "model-building", target: 4, weight: 3 }] };
const roleSet = (roles: unknown[]) => ({ format: "skillgap-role-set", version: 1, frameworkVersion: FRAMEWORK_VERSION, roles });

function refusal(document: unknown) {
  const result = roleSetSchema.safeParse(document);
  expect(result.success).toBe(false);
  return { ...fieldErrors(result.error!) };
}

test("a role set of custom roles is read whole, names trimmed", () => {
  const parsed = roleSetSchema.parse(
    roleSet([{ ...role, name: "  MLOps bootcamp  ", description: "Our graduates' profile", basedOn: "ml-engineer" }, role]),
  );
  expect(parsed.roles.map(({ name }) => name)).toEqual(["MLOps bootcamp", "Applied Scientist, search ranking"]);
});

test("an unknown skill is refused, naming the skill and where it is", () => {
  const document = roleSet([role, { ...role, targets: [...role.targets, { skill: "prompt-whispering", target: 3, weight: 1 }] }]);
  expect(refusal(document)).toEqual({
    "roles.1.targets.1.skill": 'Unknown skill "prompt-whispering": use one of the twenty skills of the framework.',
  });
});

test("a skill given twice, a role with no target above 0 and a name over 80 characters are refused, each named", () => {
  expect(refusal(roleSet([{ ...role, targets: [...role.targets, { skill: "model-building", target: 2, weight: 1 }] }]))).toEqual({
    "roles.0.targets.1.skill": '"model-building" is listed twice: give each skill once.',
  });
  expect(refusal(roleSet([{ ...role, targets: [{ skill: "cloud", target: 0, weight: 1 }] }]))).toEqual({
    "roles.0.targets": "Give the role at least one target above 0.",
  });
  expect(refusal(roleSet([{ ...role, name: "x".repeat(81) }]))).toEqual({ "roles.0.name": "A role's name has at most 80 characters." });
  expect(refusal(roleSet([{ ...role, targets: [{ skill: "cloud", target: 6, weight: 4 }] }]))).toEqual({
    "roles.0.targets.0.target": "A target is a whole level from 0 to 5.",
    "roles.0.targets.0.weight": "A weight is 1, 2 or 3.",
  });
  expect(refusal(roleSet([]))).toEqual({ roles: "A role set holds at least one role." });
});

test("the published JSON Schema is 2020-12, closed, and lists exactly the twenty skills and the same limits", () => {
  const schema = roleSetJsonSchema() as {
    $schema: string;
    $defs: Record<string, { properties: Record<string, Record<string, unknown>>; additionalProperties: boolean }>;
  };
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  const { RoleSet, RoleDefinition } = schema.$defs;
  expect(RoleSet!.additionalProperties).toBe(false);
  expect(RoleSet!.properties.roles).toMatchObject({ minItems: 1, maxItems: 20 });
  expect(RoleDefinition!.properties.name).toMatchObject({ minLength: 1, maxLength: 80 });
  const target = (RoleDefinition!.properties.targets!.items as { properties: Record<string, Record<string, unknown>> }).properties;
  expect(target.skill!.enum).toEqual(SKILLS.map(({ slug }) => slug));
  expect(target.target).toMatchObject({ type: "integer", minimum: 0, maximum: 5 });
});
