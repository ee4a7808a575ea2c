import type { ClaimEntityDTO, EntityRoleDTO } from "@/lib/annotations/annotation-dto";

// The first entity linked to a claim is most often what the claim is about;
// later ones are OTHER until someone says more. Either is one select away.
export function defaultLinkRole(links: readonly ClaimEntityDTO[]): EntityRoleDTO {
  return links.some((link) => link.role === "SUBJECT") ? "OTHER" : "SUBJECT";
}
