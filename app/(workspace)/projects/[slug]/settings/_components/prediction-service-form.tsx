"use client";

import { useId, useState } from "react";
import { apiRequest } from "@/components/api-client/api-request";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = { projectSlug: string; url: string | null; modelName: string | null };

/** Project settings → Suggestions: the project's own prediction service (docs/prediction-service.md). */
export function PredictionServiceForm({ projectSlug, url, modelName }: Props) {
  const id = useId();
  const [address, setAddress] = useState(url ?? "");
  const [name, setName] = useState(modelName ?? "");
  const [saved, setSaved] = useState<{ url: string | null; modelName: string | null }>({ url, modelName });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const save = async (body: { url: string | null; modelName: string | null }) => {
    setBusy(true);
    setError(null);
    setDone(false);
    try {
      const data = await apiRequest<{ url: string | null; modelName: string | null }>(`/api/projects/${encodeURIComponent(projectSlug)}/prediction-service`, { method: "PUT", body });
      setSaved({ url: data.url, modelName: data.modelName });
      setAddress(data.url ?? "");
      setName(data.modelName ?? "");
      setDone(true);
    } catch (failure) {
      setError(`Not saved: ${failure instanceof Error ? failure.message : "the server could not be reached."}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save({ url: address.trim() || null, modelName: name.trim() || null });
      }}
    >
      <div className="space-y-1">
        <Label htmlFor={`${id}-url`}>Prediction service URL</Label>
        <Input id={`${id}-url`} type="url" placeholder="http://ner.internal:8000/predict" value={address} onChange={(e) => setAddress(e.currentTarget.value)}
          aria-describedby={`${id}-url-help`} />
        <p id={`${id}-url-help`} className="text-sm text-muted-foreground">
          The server POSTs each opened article&apos;s text there and shows the spans it answers as suggestions (3 s at most; errors never block the editor).
          Article text leaves Claimdesk: point it only at a service you trust.
        </p>
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-name`}>Model name</Label>
        <Input id={`${id}-name`} maxLength={60} placeholder="newsroom-spacy" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" disabled={busy || (address.trim() === (saved.url ?? "") && name.trim() === (saved.modelName ?? ""))}>
          Save prediction service
        </Button>
        {saved.url ? (
          <Button type="button" size="sm" variant="outline" disabled={busy} onClick={() => void save({ url: null, modelName: null })}>
            Turn off
          </Button>
        ) : null}
        <span aria-live="polite" className="text-sm">
          {error ? <span data-slot="alert" className="text-destructive">{error}</span> : done ? <span className="text-success">Saved.</span> : null}
        </span>
      </div>
    </form>
  );
}
