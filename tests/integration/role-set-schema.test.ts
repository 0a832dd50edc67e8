import { expect, test } from "vitest";
import { checkedAgainstSchema } from "../support/api-schema";
import { noContext } from "../support/http";
import { GET as roleSetSchemaHandler } from "@/app/api/v1/schemas/role-set.json/route";
import { roleSetJsonSchema } from "@/lib/schemas/role-set";

const getRoleSetSchema = checkedAgainstSchema("GET /schemas/role-set.json", roleSetSchemaHandler);

test("GET /api/v1/schemas/role-set.json answers anyone with the role set's JSON Schema 2020-12", async () => {
  const response = await getRoleSetSchema(new Request("http://localhost/api/v1/schemas/role-set.json"), noContext);
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(body).toEqual(roleSetJsonSchema());
});
