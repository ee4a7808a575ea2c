"use client";

import { useActionState, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FormError } from "@/components/forms/form-error";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { slugFromName } from "@/lib/validations/project";
import { createProjectAction } from "../actions";

export function NewProjectDialog() {
  const router = useRouter();
  const [state, action, pending] = useActionState(createProjectAction, null);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);

  useEffect(() => {
    if (state?.ok) router.push(`/projects/${state.data.slug}`);
  }, [state, router]);

  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden="true" /> New project
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New project</DialogTitle>
          <DialogDescription>You will be its owner. It starts with the default label schema.</DialogDescription>
        </DialogHeader>
        <form action={action} className="space-y-4">
          <FormError message={state && !state.ok ? state.error : null} />
          <div className="space-y-2">
            <Label htmlFor="project-name">Name</Label>
            <Input
              id="project-name"
              name="name"
              required
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (!slugEdited) setSlug(slugFromName(e.target.value));
              }}
            />
          </div>
          <div className="space-y-2">
            <Label htmlFor="project-slug">Address</Label>
            <Input
              id="project-slug"
              name="slug"
              required
              value={slug}
              aria-describedby="project-slug-hint"
              onChange={(e) => {
                setSlugEdited(true);
                setSlug(e.target.value);
              }}
            />
            <p id="project-slug-hint" className="text-sm text-muted-foreground">/projects/{slug || "…"}</p>
          </div>
          <div className="space-y-2">
            <Label htmlFor="project-description">Description</Label>
            <Textarea id="project-description" name="description" rows={3} />
          </div>
          <DialogFooter>
            <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create project"}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
