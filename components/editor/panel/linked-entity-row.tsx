"use client";

import { useId } from "react";
import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { ClaimEntityDTO, EntityDTO, EntityRoleDTO } from "@/lib/annotations/annotation-dto";
import { LabelDot } from "@/components/editor/panel/label-dot";
import { EntityPageLink } from "@/components/editor/panel/entity-page-link";
import { entityRoleLabels, entityRoles } from "@/components/editor/panel/entity-role-labels";
import type { LabelOption } from "@/components/editor/panel/types";

type LinkedEntityRowProps = {
  projectSlug: string;
  link: ClaimEntityDTO;
  name: string;
  entity: EntityDTO | undefined;
  type: LabelOption | undefined;
  // Roles this entity already holds in other links: the API refuses duplicates.
  takenRoles: ReadonlySet<EntityRoleDTO>;
  onRoleChange: (role: EntityRoleDTO) => void;
  onRemove: () => void;
};

// One linked entity on one line, so a claim with five entities still fits beside the text.
export function LinkedEntityRow({ projectSlug, link, name, entity, type, takenRoles, onRoleChange, onRemove }: LinkedEntityRowProps) {
  const id = useId();
  const details = [type?.name ?? "Entity", entity?.externalId, link.mentionId ? "from its mention" : null].filter(Boolean).join(" · ");
  return (
    <li className="flex items-center gap-2 rounded-md border py-1.5 pl-2.5 pr-1">
      <div className="min-w-0 flex-1">
        <p className="truncate text-sm font-medium" title={name}>
          {name}
        </p>
        <p className="flex min-w-0 items-center gap-1.5 text-xs text-muted-foreground">
          <LabelDot color={type?.color} className="size-2" />
          <span className="truncate" title={details}>
            {details}
          </span>
        </p>
      </div>
      <label htmlFor={id} className="sr-only">
        Role of {name}
      </label>
      <NativeSelect
        id={id}
        value={link.role}
        onChange={(event) => onRoleChange(event.currentTarget.value as EntityRoleDTO)}
        className="h-8 w-[6.5rem] shrink-0 text-xs"
      >
        {entityRoles.map((role) => (
          <option key={role} value={role} disabled={role !== link.role && takenRoles.has(role)}>
            {entityRoleLabels[role].name}
          </option>
        ))}
      </NativeSelect>
      <EntityPageLink projectSlug={projectSlug} entityId={link.entityId} name={name} />
      <Button variant="ghost" size="icon-sm" className="size-7 shrink-0" onClick={onRemove} aria-label={`Unlink ${name}`} title={`Unlink ${name}`}>
        <XIcon className="size-3.5" />
      </Button>
    </li>
  );
}
