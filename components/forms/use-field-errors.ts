"use client";

import { useCallback, useState } from "react";
import { fieldErrorsFromIssues, type FormIssue } from "./field-errors-from-issues";

type Checked<T> = { success: true; data: T } | { success: false; error: { issues: FormIssue[] } };

export type FieldErrorOptions = {
  /** Rewrites a schema message for people (the editor panel's forms do). */
  humanize?: (message: string) => string;
  /** An issue on no field of this form (a rule across fields): shown by the form itself. */
  onOtherIssue?: (message: string) => void;
};

/**
 * The forms' one way to show a zod check next to the fields: the first
 * message of each field in `fieldOrder`, and focus on the first field that
 * has one (screen readers then announce its error). `validate` returns the
 * parsed data, or null after showing what is wrong.
 */
export function useFieldErrors<F extends string>(fieldOrder: readonly F[], fieldId: (field: F) => string, options: FieldErrorOptions = {}) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const { humanize, onOtherIssue } = options;

  const validate = useCallback(
    <T>(checked: Checked<T>): T | null => {
      if (checked.success) {
        setErrors({});
        return checked.data;
      }
      const { errors: next, first, other } = fieldErrorsFromIssues(checked.error.issues, fieldOrder, humanize);
      setErrors(next);
      for (const message of other) onOtherIssue?.(message);
      if (first) document.getElementById(fieldId(first))?.focus();
      return null;
    },
    [fieldOrder, fieldId, humanize, onOtherIssue],
  );

  return { errors, setErrors, validate };
}
