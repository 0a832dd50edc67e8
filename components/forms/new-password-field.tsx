import { Field } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/account";

/** The field where a user chooses a password (sign-up, reset), with the policy as its hint. */
export function NewPasswordField({ label, name, error }: { label: string; name: string; error?: string }) {
  return (
    <Field
      label={label}
      name={name}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={`${PASSWORD_MIN} to ${PASSWORD_MAX} characters. A long phrase is easier to remember than symbols.`}
      error={error}
    />
  );
}
