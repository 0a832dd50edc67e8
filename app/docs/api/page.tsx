import type { Metadata } from "next";
import { ApiReference } from "@/components/api-reference/api-reference";
import { API_BASE_PATH, openApiDocument } from "@/lib/schemas/openapi";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return <ApiReference document={openApiDocument()} documentUrl={`${API_BASE_PATH}/openapi.json`} />;
}
