"use client";

import { useId, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { NativeSelect } from "@/components/ui/native-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import type { LabelKind } from "@/lib/generated/prisma/enums";
import type { LabelSchemaRow } from "@/lib/server/label/list-label-schema";
import { labelChangesSchema, labelKeyFromName, labelKindNames, newLabelSchema } from "@/lib/validations/label";
import { createLabelAction, updateLabelAction } from "../label-actions";
import { useFieldErrors } from "@/components/forms/use-field-errors";

export type LabelFormProps = {
  slug: string;
  kind: LabelKind;
  /** The label to edit; absent to add a new one. */
  label?: LabelSchemaRow;
  /** Hotkeys held by the kind's other active labels, digit → label name. */
  takenHotkeys: ReadonlyMap<string, string>;
  onSaved: (message: string) => void;
};

type Field = "name" | "key" | "description" | "color" | "hotkey" | "rating";
const fieldOrder: readonly Field[] = ["name", "key", "description", "color", "hotkey", "rating"];

// Add or edit one label; lives inside LabelFormDialog. Mounting with the
// dialog pins the version token to the label as the owner first saw it.
export function LabelForm({ slug, kind, label, takenHotkeys, onSaved }: LabelFormProps) {
  const router = useRouter();
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const [version] = useState(label?.updatedAt);
  const [name, setName] = useState(label?.name ?? "");
  const [color, setColor] = useState(label?.color ?? "#2563eb");
  const [formError, setFormError] = useState<string | null>(null);
  const { errors: fieldErrors, validate } = useFieldErrors(fieldOrder, fieldId, { onOtherIssue: setFormError });
  const [pending, startTransition] = useTransition();
  const derivedKey = labelKeyFromName(name);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const fields = {
      name: form.get("name"),
      description: form.get("description"),
      color: form.get("color"),
      ...(kind === "ENTITY_TYPE" ? { hotkey: form.get("hotkey") } : {}),
      ...(kind === "VERIFICATION_STATUS" ? { rating: form.get("rating") } : {}),
    };
    const input = label ? { id: label.id, updatedAt: version, ...fields } : { kind, key: form.get("key"), ...fields };

    // The server validates again; checking here lets each message sit next to its field.
    const checked = validate<unknown>(label ? labelChangesSchema.safeParse(input) : newLabelSchema.safeParse(input));
    if (checked === null) return;
    setFormError(null);
    startTransition(async () => {
      const result = label ? await updateLabelAction(slug, input) : await createLabelAction(slug, input);
      if (!result.ok) {
        setFormError(result.error);
        // A conflict usually means the page is behind; fetch what is current.
        router.refresh();
        return;
      }
      const savedName = name.trim();
      onSaved(label ? `Saved “${savedName}”.` : `Added “${savedName}”.`);
    });
  }

  const describedBy = (field: Field, hint?: boolean) =>
    [hint ? `${fieldId(field)}-hint` : null, fieldErrors[field] ? `${fieldId(field)}-error` : null].filter(Boolean).join(" ") || undefined;
  const errorText = (field: Field) =>
    fieldErrors[field] ? (
      <p id={`${fieldId(field)}-error`} role="alert" className="text-sm text-destructive">
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError ? (
        <Alert variant="destructive">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}

      <div className="space-y-2">
        <Label htmlFor={fieldId("name")}>Name</Label>
        <Input
          id={fieldId("name")}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          required
          autoComplete="off"
          aria-invalid={fieldErrors.name ? true : undefined}
          aria-describedby={describedBy("name")}
        />
        {errorText("name")}
      </div>

      {label ? (
        <p className="text-sm text-muted-foreground">
          Key <code className="rounded bg-muted px-1 font-mono text-xs text-foreground">{label.key}</code> (used in exports; it never changes)
        </p>
      ) : (
        <div className="space-y-2">
          <Label htmlFor={fieldId("key")}>Key (optional)</Label>
          <Input
            id={fieldId("key")}
            name="key"
            placeholder={derivedKey || "rumour_type"}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            aria-invalid={fieldErrors.key ? true : undefined}
            aria-describedby={describedBy("key", true)}
          />
          <p id={`${fieldId("key")}-hint`} className="text-sm text-muted-foreground">
            The name used in exports; it cannot be changed later.{" "}
            {derivedKey ? <>Leave blank to use <code className="font-mono">{derivedKey}</code>.</> : "Lowercase letters, digits and underscores."}
          </p>
          {errorText("key")}
        </div>
      )}

      <div className="space-y-2">
        <Label htmlFor={fieldId("description")}>Description (optional)</Label>
        <Textarea
          id={fieldId("description")}
          name="description"
          defaultValue={label?.description ?? ""}
          rows={2}
          maxLength={300}
          className="min-h-0"
          aria-invalid={fieldErrors.description ? true : undefined}
          aria-describedby={describedBy("description")}
        />
        {errorText("description")}
      </div>

      <div className="space-y-2">
        <Label htmlFor={fieldId("color")}>Colour</Label>
        <div className="flex items-center gap-2">
          <input
            type="color"
            aria-label="Pick the colour"
            value={/^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : "#000000"}
            onChange={(e) => setColor(e.target.value)}
            className="h-9 w-12 shrink-0 cursor-pointer rounded-md border border-input bg-background p-1"
          />
          <Input
            id={fieldId("color")}
            name="color"
            value={color}
            onChange={(e) => setColor(e.target.value)}
            maxLength={7}
            autoComplete="off"
            spellCheck={false}
            className="w-32 font-mono"
            aria-invalid={fieldErrors.color ? true : undefined}
            aria-describedby={describedBy("color", true)}
          />
        </div>
        <p id={`${fieldId("color")}-hint`} className="text-sm text-muted-foreground">As #rrggbb, used for highlights and badges.</p>
        {errorText("color")}
      </div>

      {kind === "ENTITY_TYPE" ? (
        <div className="space-y-2">
          <Label htmlFor={fieldId("hotkey")}>Hotkey</Label>
          <NativeSelect
            id={fieldId("hotkey")}
            name="hotkey"
            defaultValue={label?.hotkey ?? ""}
            className="w-full"
            aria-invalid={fieldErrors.hotkey ? true : undefined}
            aria-describedby={describedBy("hotkey", true)}
          >
            <option value="">None</option>
            {["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((digit) => {
              const holder = takenHotkeys.get(digit);
              return (
                <option key={digit} value={digit} disabled={!!holder}>
                  {holder ? `${digit} (used by ${holder})` : digit}
                </option>
              );
            })}
          </NativeSelect>
          <p id={`${fieldId("hotkey")}-hint`} className="text-sm text-muted-foreground">
            Pressing this digit in the editor tags the selection with this type. Each digit belongs to one type.
          </p>
          {errorText("hotkey")}
        </div>
      ) : null}

      {kind === "VERIFICATION_STATUS" ? (
        <div className="space-y-2">
          <Label htmlFor={fieldId("rating")}>Rating</Label>
          <NativeSelect
            id={fieldId("rating")}
            name="rating"
            defaultValue={label?.rating != null ? String(label.rating) : ""}
            className="w-full"
            aria-invalid={fieldErrors.rating ? true : undefined}
            aria-describedby={describedBy("rating", true)}
          >
            <option value="">Not a verdict</option>
            <option value="5">5 (true)</option>
            <option value="4">4</option>
            <option value="3">3</option>
            <option value="2">2</option>
            <option value="1">1 (false)</option>
          </NativeSelect>
          <p id={`${fieldId("rating")}-hint`} className="text-sm text-muted-foreground">
            The verdict on a 1–5 scale, exported as ClaimReview’s rating. Statuses such as “in progress” have none.
          </p>
          {errorText("rating")}
        </div>
      ) : null}

      <DialogFooter>
        <DialogClose asChild>
          <Button variant="outline">Cancel</Button>
        </DialogClose>
        <Button type="submit" aria-disabled={pending || undefined}>
          {pending ? "Saving…" : label ? "Save changes" : `Add ${labelKindNames[kind].one}`}
        </Button>
      </DialogFooter>
    </form>
  );
}
