"use client";

import { useRef, useState } from "react";
import type { AnnotationDTO, ClaimEntityDTO, EntityDTO } from "@/lib/annotations/annotation-dto";
import { CLAIM_ENTITIES_MAX } from "@/lib/validations/annotation";
import { addEntityLink } from "@/components/editor/panel/add-entity-link";
import { defaultLinkRole } from "@/components/editor/panel/default-link-role";
import { entityFallbackName } from "@/components/editor/panel/entity-display-name";
import { entityRoleLabels, entityRoles } from "@/components/editor/panel/entity-role-labels";
import { EntityPicker } from "@/components/editor/panel/entity-picker";
import { LinkedEntityRow } from "@/components/editor/panel/linked-entity-row";
import { MentionsInsideList } from "@/components/editor/panel/mentions-inside-list";
import { PanelSection } from "@/components/editor/panel/panel-section";
import { useEntityLookup } from "@/components/editor/panel/use-entity-lookup";
import type { LabelOption } from "@/components/editor/panel/types";

const roleHelp = entityRoles.map((role) => `${entityRoleLabels[role].name}: ${entityRoleLabels[role].hint}`).join(" · ");

type LinkedEntitiesFieldProps = {
  projectSlug: string;
  links: readonly ClaimEntityDTO[];
  mentionsInside: readonly AnnotationDTO[];
  entityTypes: readonly LabelOption[];
  onChange: (links: ClaimEntityDTO[]) => void;
};

// Who and what the claim is about, each with a role; sent as the whole list,
// which the API stores as given.
export function LinkedEntitiesField({ projectSlug, links, mentionsInside, entityTypes, onChange }: LinkedEntitiesFieldProps) {
  const pickerRef = useRef<HTMLInputElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const ids = [...links.map((link) => link.entityId), ...mentionsInside.flatMap((m) => (m.entityId ? [m.entityId] : []))];
  const lookup = useEntityLookup(projectSlug, ids);
  const nameOf = (entityId: string) => lookup.get(entityId)?.name ?? (lookup.settled ? entityFallbackName(entityId) : "Loading…");
  const typeOf = (typeId: string | null | undefined) => entityTypes.find((type) => type.id === typeId);
  const full = links.length >= CLAIM_ENTITIES_MAX;

  function link(entityId: string, mentionId: string | null) {
    const next = addEntityLink(links, entityId, defaultLinkRole(links), mentionId);
    if (!next) {
      setAnnouncement(`${nameOf(entityId)} already has every role in this claim.`);
      return;
    }
    onChange(next);
    const added = next[next.length - 1];
    if (added) setAnnouncement(`Linked ${nameOf(entityId)} as ${entityRoleLabels[added.role].name.toLocaleLowerCase()}.`);
  }

  function pick(entity: EntityDTO) {
    link(entity.id, null);
  }

  return (
    <PanelSection title="Entities" description={roleHelp}>
      {links.length > 0 ? (
        <ul className="space-y-2" aria-label="Linked entities">
          {links.map((item, index) => {
            const entity = lookup.get(item.entityId);
            const takenRoles = new Set(links.filter((other, i) => i !== index && other.entityId === item.entityId).map((other) => other.role));
            return (
              <LinkedEntityRow
                projectSlug={projectSlug}
                key={`${item.entityId}-${item.role}`}
                link={item}
                name={nameOf(item.entityId)}
                entity={entity}
                type={typeOf(entity?.typeId)}
                takenRoles={takenRoles}
                onRoleChange={(role) => onChange(links.map((other, i) => (i === index ? { ...other, role } : other)))}
                onRemove={() => {
                  onChange(links.filter((_, i) => i !== index));
                  setAnnouncement(`Unlinked ${nameOf(item.entityId)}.`);
                  // The row and its button are gone; keep the keyboard in the section.
                  pickerRef.current?.focus();
                }}
              />
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">No entities linked yet.</p>
      )}
      <MentionsInsideList
        mentions={mentionsInside}
        links={links}
        nameOf={nameOf}
        typeOf={(mention) => typeOf(mention.entityTypeId)}
        disabled={full}
        onLink={(mention) => {
          if (mention.entityId) link(mention.entityId, mention.id);
          // The mention's row (and the button pressed) leaves the list.
          pickerRef.current?.focus();
        }}
        onLinkAll={(toLink) => {
          let next: ClaimEntityDTO[] = [...links];
          for (const mention of toLink) {
            if (!mention.entityId || next.length >= CLAIM_ENTITIES_MAX) continue;
            next = addEntityLink(next, mention.entityId, defaultLinkRole(next), mention.id) ?? next;
          }
          onChange(next);
          setAnnouncement(`Linked ${next.length - links.length} entities.`);
          pickerRef.current?.focus();
        }}
      />
      {full ? (
        <p className="text-xs text-muted-foreground">A claim can link at most {CLAIM_ENTITIES_MAX} entities.</p>
      ) : (
        <EntityPicker
          projectSlug={projectSlug}
          entityTypes={entityTypes}
          label="Link an entity"
          linkedIds={new Set(links.map((item) => item.entityId))}
          createLabel="Create and link"
          onPick={pick}
          inputRef={pickerRef}
        />
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </PanelSection>
  );
}
