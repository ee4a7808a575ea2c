"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { datasetLicenses } from "@/lib/validations/dataset-license";
import { setLicenseAction } from "../actions";

/** Project settings → Dataset license (owners): what every export's dataset card states. */
export function DatasetLicenseForm({ slug, license }: { slug: string; license: string | null }) {
  const [state, action, pending] = useActionState(setLicenseAction.bind(null, slug), null);
  return (
    <form action={action} className="grid items-end gap-4 sm:grid-cols-[1fr_auto]">
      <div className="space-y-2">
        <Label htmlFor="dataset-license">License</Label>
        <NativeSelect id="dataset-license" name="license" defaultValue={license ?? ""} className="w-full" aria-describedby="dataset-license-help">
          <option value="">Not chosen (no rights granted)</option>
          {datasetLicenses.map((l) => (
            <option key={l.spdx} value={l.spdx}>{l.name} ({l.spdx})</option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" size="sm" disabled={pending}>{pending ? "Saving…" : "Save license"}</Button>
      <p id="dataset-license-help" className="text-sm text-muted-foreground sm:col-span-2">
        Stated in the dataset card (README.md) of every export. It covers the annotations; the article texts stay their publishers’.
      </p>
      <p aria-live="polite" className="text-sm sm:col-span-2">
        {state ? (state.ok ? <span className="text-success">Saved.</span> : <span className="text-destructive">{state.error}</span>) : null}
      </p>
    </form>
  );
}
