"use client";

import { useState, type ReactNode } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { labelKindNames } from "@/lib/validations/label";
import { LabelForm, type LabelFormProps } from "./label-form";

type Props = LabelFormProps & { trigger: ReactNode };

// One dialog for adding and editing, so both share validation and layout.
// Controlled so a successful save can close it; Radix then returns focus to
// the trigger.
export function LabelFormDialog({ slug, kind, label, takenHotkeys, trigger, onSaved }: Props) {
  const [open, setOpen] = useState(false);
  const noun = labelKindNames[kind].one;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{label ? `Edit ${noun} “${label.name}”` : `Add a ${noun}`}</DialogTitle>
          <DialogDescription>
            {label ? "Changes show everywhere the label is used, including past annotations." : "It is added at the end of the list."}
          </DialogDescription>
        </DialogHeader>
        <LabelForm
          slug={slug}
          kind={kind}
          label={label}
          takenHotkeys={takenHotkeys}
          onSaved={(message) => {
            setOpen(false);
            onSaved(message);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}
