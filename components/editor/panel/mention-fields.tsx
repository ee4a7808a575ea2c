"use client";

import { useId } from "react";
import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { AnnotationDTO, EntityDTO } from "@/lib/annotations/annotation-dto";
import { EntityOptionContent } from "@/components/editor/panel/entity-option-content";
import { entityFallbackName } from "@/components/editor/panel/entity-display-name";
import { EntityPicker } from "@/components/editor/panel/entity-picker";
import { EntityPageLink } from "@/components/editor/panel/entity-page-link";
import { LabelSelect } from "@/components/editor/panel/label-select";
import { NoteField } from "@/components/editor/panel/note-field";
import { PanelField } from "@/components/editor/panel/panel-field";
import { useEntityLookup } from "@/components/editor/panel/use-entity-lookup";
import type { AnnotationPanelProps } from "@/components/editor/panel/types";

type MentionFieldsProps = Pick<AnnotationPanelProps, "labels" | "projectSlug" | "onChange"> & { annotation: AnnotationDTO };

// An entity mention: which registry entity the words name, and its type.
// The API requires the mention's type to equal its entity's, so picking an
// entity sets both, and changing the type unlinks an entity of another type.
export function MentionFields({ annotation, labels, projectSlug, onChange }: MentionFieldsProps) {
  const id = useId();
  const entityId = annotation.entityId;
  const lookup = useEntityLookup(projectSlug, entityId ? [entityId] : []);
  const entity = entityId ? lookup.get(entityId) : undefined;
  const entityName = entityId ? (entity?.name ?? (lookup.settled ? entityFallbackName(entityId) : "Loading…")) : null;
  const typeOf = (typeId: string | null) => labels.entityTypes.find((type) => type.id === typeId);
  const typeConflict = (typeId: string | null) => entity !== undefined && typeId !== null && entity.typeId !== typeId;

  function pick(picked: EntityDTO) {
    onChange({ entityId: picked.id, entityTypeId: picked.typeId });
  }

  return (
    <div className="space-y-4">
      <PanelField
        id={`${id}-type`}
        label="Entity type"
        hint={entity ? `Choosing another type unlinks ${entity.name} (type: ${typeOf(entity.typeId)?.name ?? "another type"}).` : undefined}
      >
        <LabelSelect
          id={`${id}-type`}
          value={annotation.entityTypeId}
          options={labels.entityTypes}
          aria-describedby={entity ? `${id}-type-hint` : undefined}
          onValueChange={(entityTypeId) => {
            if (entityTypeId === null) return;
            onChange(typeConflict(entityTypeId) ? { entityTypeId, entityId: null } : { entityTypeId });
          }}
        />
      </PanelField>
      <div className="space-y-2">
        <p className="text-sm font-medium leading-none">Entity</p>
        {entityId ? (
          <div className="flex items-start gap-2 rounded-md border px-2.5 py-2">
            <div className="min-w-0 flex-1 text-sm">
              {entity ? <EntityOptionContent entity={entity} type={typeOf(entity.typeId)} /> : <span className="font-medium">{entityName}</span>}
            </div>
            <EntityPageLink projectSlug={projectSlug} entityId={entityId} name={entityName ?? "the entity"} />
            <Button variant="ghost" size="icon-sm" className="-my-1" onClick={() => onChange({ entityId: null })} aria-label={`Unlink ${entityName}`} title="Unlink">
              <XIcon />
            </Button>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">Not linked to an entity yet.</p>
        )}
      </div>
      <EntityPicker
        projectSlug={projectSlug}
        entityTypes={labels.entityTypes}
        label={entityId ? "Change entity" : "Find entity"}
        typeId={annotation.entityTypeId}
        createLabel="Create and use"
        onPick={pick}
      />
      <NoteField value={annotation.note} onChange={(note) => onChange({ note })} />
    </div>
  );
}
