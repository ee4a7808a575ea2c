"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { FormEvent, KeyboardEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { EntityDTO } from "@/lib/annotations/annotation-dto";
import { createEntitySchema } from "@/lib/validations/entity";
import { createEntityRequest } from "@/components/editor/panel/entity-requests";
import { ApiRequestError } from "@/components/api-client/api-request";
import { rememberEntities } from "@/components/editor/panel/entity-cache";
import { parseAliases } from "@/components/editor/panel/parse-aliases";
import { describedBy } from "@/components/editor/panel/described-by";
import { humanizeFieldMessage } from "@/components/editor/panel/humanize-field-message";
import { useFieldErrors } from "@/components/forms/use-field-errors";
import { PanelField } from "@/components/editor/panel/panel-field";
import type { LabelOption } from "@/components/editor/panel/types";

type Field = "typeId" | "name" | "aliases" | "externalId" | "description";
const fieldOrder: readonly Field[] = ["typeId", "name", "aliases", "externalId", "description"];

type CreateEntityFormProps = {
  projectSlug: string;
  entityTypes: readonly LabelOption[];
  initialName: string;
  initialTypeId: string | null;
  submitLabel: string;
  onCreated: (entity: EntityDTO) => void;
  onCancel: () => void;
};

// A new registry entry without leaving the panel. Checked with the server's
// own schema first, so most mistakes show beside their field at once.
export function CreateEntityForm({ projectSlug, entityTypes, initialName, initialTypeId, submitLabel, onCreated, onCancel }: CreateEntityFormProps) {
  const id = useId();
  const fieldId = (field: Field) => `${id}-${field}`;
  const typeRef = useRef<HTMLSelectElement>(null);
  const { errors, validate } = useFieldErrors(fieldOrder, fieldId, { humanize: humanizeFieldMessage });
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // The name usually comes from the search box, the type rarely: start there.
  useEffect(() => {
    typeRef.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The panel's forms may sit inside the editor's; never submit an outer one.
    event.stopPropagation();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: Field) => String(form.get(name) ?? "");
    const values = validate(
      createEntitySchema.safeParse({
        typeId: text("typeId"),
        name: text("name"),
        aliases: parseAliases(text("aliases")),
        externalId: text("externalId"),
        description: text("description"),
      }),
    );
    if (!values) return;
    setFormError(null);
    setPending(true);
    try {
      const entity = await createEntityRequest(projectSlug, values);
      rememberEntities(projectSlug, [entity]);
      onCreated(entity);
    } catch (error) {
      setFormError(error instanceof ApiRequestError ? error.message : "Could not reach the server. Try again.");
      setPending(false);
    }
  }

  function keyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Escape") return;
    // Escape closes this form, not the whole panel.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={keyDown}
      noValidate
      aria-label="New entity"
      className="space-y-3 rounded-md border bg-muted/40 p-3"
    >
      <p className="text-sm font-medium">New entity</p>
      {formError ? (
        <Alert variant="destructive" className="px-3 py-2">
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <PanelField id={fieldId("typeId")} label="Type" error={errors.typeId}>
        <NativeSelect
          ref={typeRef}
          id={fieldId("typeId")}
          name="typeId"
          defaultValue={initialTypeId ?? entityTypes[0]?.id ?? ""}
          className="w-full"
          aria-invalid={errors.typeId ? true : undefined}
          aria-describedby={describedBy(fieldId("typeId"), { error: errors.typeId })}
        >
          {entityTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </NativeSelect>
      </PanelField>
      <PanelField id={fieldId("name")} label="Name" error={errors.name}>
        <Input
          id={fieldId("name")}
          name="name"
          defaultValue={initialName}
          maxLength={200}
          autoComplete="off"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(fieldId("name"), { error: errors.name })}
        />
      </PanelField>
      <PanelField id={fieldId("aliases")} label="Aliases (optional)" hint="Other names, separated by commas." error={errors.aliases}>
        <Input
          id={fieldId("aliases")}
          name="aliases"
          autoComplete="off"
          placeholder="POTUS, Joe Biden"
          aria-invalid={errors.aliases ? true : undefined}
          aria-describedby={describedBy(fieldId("aliases"), { hint: true, error: errors.aliases })}
        />
      </PanelField>
      <PanelField
        id={fieldId("externalId")}
        label="External id (optional)"
        hint="A Wikidata item like Q42, or another knowledge base's id."
        error={errors.externalId}
      >
        <Input
          id={fieldId("externalId")}
          name="externalId"
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          placeholder="Q42"
          className="font-mono"
          aria-invalid={errors.externalId ? true : undefined}
          aria-describedby={describedBy(fieldId("externalId"), { hint: true, error: errors.externalId })}
        />
      </PanelField>
      <PanelField id={fieldId("description")} label="Description (optional)" error={errors.description}>
        <Textarea
          id={fieldId("description")}
          name="description"
          maxLength={2000}
          className="min-h-14"
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(fieldId("description"), { error: errors.description })}
        />
      </PanelField>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm" disabled={pending}>
          {pending ? "Creating…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
