"use client";

import { roleLabels } from "@/lib/auth/permissions";
import type { BoardPerson } from "@/lib/server/assignment/list-assignment-board";

type Props = { people: readonly BoardPerson[]; selected: ReadonlySet<string>; onToggle: (id: string) => void };

/** Who to assign: members who may annotate, with the work they already carry. */
export function PeoplePicker({ people, selected, onToggle }: Props) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-medium">People</legend>
      <ul className="flex flex-wrap gap-2">
        {people.map((person) => (
          <li key={person.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded-md border px-3 py-1.5 text-sm has-checked:border-primary has-checked:bg-accent">
              <input type="checkbox" className="size-4 accent-primary" checked={selected.has(person.id)} onChange={() => onToggle(person.id)} />
              <span className="font-medium">{person.name}</span>
              <span className="text-xs text-muted-foreground">
                {roleLabels[person.role]} · {person.open} open · {person.submitted} submitted
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
