import { Alert, AlertDescription } from "@/components/ui/alert";

// The failure message of a server action, announced to screen readers.
export function FormError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert variant="destructive">
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
