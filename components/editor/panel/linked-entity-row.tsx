"use client";

import { useId } from "react";
import { XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import type { ClaimEntityDTO, EntityDTO, EntityRoleDTO } from "@/lib/annotations/annotation-dto";
import { LabelDot } from "@/components/editor/panel/label-dot";
import { entityRoleLabels, entityRoles } from "@/components/editor/panel/entity-role-labels";
import type { LabelOption } from "@/components/editor/panel/types";

type LinkedEntityRowProps = {
  link: ClaimEntityDTO;
  name: string;
  entity: EntityDTO | undefined;
  type: LabelOption | undefined;
  // Roles this entity already holds in other links: the API refuses duplicates.
  takenRoles: ReadonlySet<EntityRoleDTO>;
  onRoleChange: (role: EntityRoleDTO) => void;
  onRemove: () => void;
};

export function LinkedEntityRow({ link, name, entity, type, takenRoles, onRoleChange, onRemove }: LinkedEntityRowProps) {
  const id = useId();
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1.5 rounded-md border px-2.5 py-2">
      <div className="min-w-0">
        <p className="truncate text-sm font-medium">{name}</p>
        <p className="flex min-w-0 items-center gap-1.5 text-xs text-muted-foreground">
          <LabelDot color={type?.color} className="size-2" />
          <span className="truncate">
            {type?.name ?? "Entity"}
            {entity?.externalId ? ` · ${entity.externalId}` : ""}
            {link.mentionId ? " · linked to its mention" : ""}
          </span>
        </p>
      </div>
      <Button variant="ghost" size="icon-sm" onClick={onRemove} aria-label={`Unlink ${name}`} title={`Unlink ${name}`}>
        <XIcon />
      </Button>
      <div className="col-span-2 flex items-center gap-2">
        <label htmlFor={id} className="text-xs text-muted-foreground">
          Role<span className="sr-only"> of {name}</span>
        </label>
        <NativeSelect
          id={id}
          value={link.role}
          onChange={(event) => onRoleChange(event.currentTarget.value as EntityRoleDTO)}
          className="h-8 min-w-0 flex-1"
        >
          {entityRoles.map((role) => (
            <option key={role} value={role} disabled={role !== link.role && takenRoles.has(role)}>
              {entityRoleLabels[role].name} — {entityRoleLabels[role].hint}
            </option>
          ))}
        </NativeSelect>
      </div>
    </li>
  );
}
