import { ApiRequestError } from "@/components/api-client/api-request";

// The sentence shown when a cluster edit fails. A 409 (someone saved first,
// or the cluster was deleted) keeps the server's account of what happened
// and says what became of the person's own input.
export function describeClusterSaveError(error: unknown, input: { kept: boolean }): string {
  const message = error instanceof Error && error.message ? error.message : "The change could not be saved. Try again.";
  if (!(error instanceof ApiRequestError) || error.status !== 409) return message;
  return input.kept
    ? `${message} What you typed is still in the form: the list now shows the current version, so check it and save again.`
    : `${message} The list now shows the current version.`;
}
