import Link from "next/link";

/** Product mark and name; links to the projects list, the signed-in home. */
export function Wordmark() {
  return (
    <Link
      href="/projects"
      className="flex shrink-0 items-center gap-2 rounded-md text-[0.9375rem] font-semibold tracking-tight text-foreground"
    >
      {/* A page with one highlighted line: the product in a glyph. Decorative,
          the link text carries the name. */}
      <svg viewBox="0 0 20 20" className="size-5" aria-hidden="true" focusable="false">
        <rect x="1" y="1" width="18" height="18" rx="4" className="fill-primary" />
        <rect x="5" y="5.5" width="10" height="1.6" rx="0.8" className="fill-primary-foreground" />
        <rect x="4.2" y="8.7" width="11.6" height="2.8" rx="0.8" className="fill-claim-active" />
        <rect x="5" y="9.3" width="7" height="1.6" rx="0.8" className="fill-primary" />
        <rect x="5" y="13" width="8" height="1.6" rx="0.8" className="fill-primary-foreground" />
      </svg>
      Claimdesk
    </Link>
  );
}
