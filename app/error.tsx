"use client";

// Unexpected errors: the details stay in the server log (with the digest
// shown here so a user can quote it); nothing internal reaches the page.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main-content" className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-muted-foreground">
        Nothing you saved is lost. Try again{error.digest ? ` (reference ${error.digest})` : ""}.
      </p>
      <button type="button" className="mt-6 underline" onClick={reset}>Try again</button>
    </main>
  );
}
