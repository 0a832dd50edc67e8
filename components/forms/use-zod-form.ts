"use client";

import { useState } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/schemas/field-errors";
import type { FieldErrors } from "@/lib/domain/errors";
import { ApiError } from "@/components/api-client";

/**
 * Field errors for a form validated with the same zod schema as its handler:
 * checked in the browser first, then whatever the server answers.
 */
export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null {
    const result = schema.safeParse(input);
    setErrors(result.success ? {} : fieldErrors(result.error));
    return result.success ? result.data : null;
  }
  function fromServer(error: unknown) {
    setErrors(
      error instanceof ApiError
        ? { ...error.fields, ...(Object.keys(error.fields).length ? {} : { form: error.message }) }
        : { form: "Something went wrong. Try again." },
    );
  }
  return { errors, setErrors, validate, fromServer };
}
