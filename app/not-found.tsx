import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main-content" className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-muted-foreground">This page does not exist, or you do not have access to it.</p>
      <Link className="mt-6 inline-block underline" href="/projects">Back to your projects</Link>
    </main>
  );
}
