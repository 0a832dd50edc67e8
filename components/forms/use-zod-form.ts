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
  /** For a form's onChange: the edited field's error, and any form-wide one, go as the user corrects it, not at the next submit. */
  function clearOnEdit(event: React.ChangeEvent<HTMLFormElement>) {
    const name = (event.target as { name?: unknown }).name;
    if (typeof name !== "string" || !name) return;
    setErrors((current) => {
      if (!(name in current) && !("form" in current)) return current;
      const { [name]: _field, form: _form, ...rest } = current;
      return rest;
    });
  }
  return { errors, setErrors, validate, fromServer, clearOnEdit };
}
