"use client";

import { TriangleAlertIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type VerdictChangedBannerProps = { canConfirm: boolean; onConfirm: () => void };

// The words under a claim with a verdict changed in a text correction; the
// verdict may no longer fit them until a reviewer says it does.
export function VerdictChangedBanner({ canConfirm, onConfirm }: VerdictChangedBannerProps) {
  return (
    <Alert variant="warning" role="status">
      <TriangleAlertIcon aria-hidden="true" />
      <AlertTitle>Text changed after verdict</AlertTitle>
      <AlertDescription>
        <p>The article text under this claim was corrected after its verdict was set. Check that the verdict still fits the words.</p>
        {canConfirm ? (
          <Button variant="outline" size="sm" className="mt-1 border-warning/50" onClick={onConfirm}>
            Confirm verdict still holds
          </Button>
        ) : (
          <p>A reviewer needs to confirm it.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
