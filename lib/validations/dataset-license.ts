import { z } from "zod";

// Licenses an owner may choose for the project's dataset: SPDX ids, each
// with the id the Hugging Face Hub's dataset cards use (their `license:`
// vocabulary is lowercase and shortens a few). A short list of data and
// content licenses rather than all of SPDX, so each has a Hub id.
export const datasetLicenses = [
  { spdx: "CC-BY-4.0", hub: "cc-by-4.0", name: "Creative Commons Attribution 4.0" },
  { spdx: "CC-BY-SA-4.0", hub: "cc-by-sa-4.0", name: "Creative Commons Attribution-ShareAlike 4.0" },
  { spdx: "CC-BY-NC-4.0", hub: "cc-by-nc-4.0", name: "Creative Commons Attribution-NonCommercial 4.0" },
  { spdx: "CC-BY-NC-SA-4.0", hub: "cc-by-nc-sa-4.0", name: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0" },
  { spdx: "CC-BY-ND-4.0", hub: "cc-by-nd-4.0", name: "Creative Commons Attribution-NoDerivatives 4.0" },
  { spdx: "CC-BY-NC-ND-4.0", hub: "cc-by-nc-nd-4.0", name: "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0" },
  { spdx: "CC0-1.0", hub: "cc0-1.0", name: "Creative Commons Zero 1.0 (public domain dedication)" },
  { spdx: "ODC-By-1.0", hub: "odc-by", name: "Open Data Commons Attribution 1.0" },
  { spdx: "ODbL-1.0", hub: "odbl", name: "Open Data Commons Open Database License 1.0" },
  { spdx: "PDDL-1.0", hub: "pddl", name: "Open Data Commons Public Domain Dedication and License 1.0" },
  { spdx: "CDLA-Permissive-2.0", hub: "cdla-permissive-2.0", name: "Community Data License Agreement – Permissive 2.0" },
  { spdx: "CDLA-Sharing-1.0", hub: "cdla-sharing-1.0", name: "Community Data License Agreement – Sharing 1.0" },
  { spdx: "Apache-2.0", hub: "apache-2.0", name: "Apache License 2.0" },
  { spdx: "MIT", hub: "mit", name: "MIT License" },
] as const;

export type DatasetLicense = (typeof datasetLicenses)[number];
export type DatasetLicenseId = DatasetLicense["spdx"];

const ids = datasetLicenses.map((l) => l.spdx) as [DatasetLicenseId, ...DatasetLicenseId[]];

// "" (the settings form's "not chosen") clears it.
export const datasetLicenseSchema = z
  .union([z.enum(ids), z.literal("")], { error: `license must be one of: ${ids.join(", ")} (or empty for none).` })
  .transform((value) => (value === "" ? null : value));

export function datasetLicenseOf(spdx: string | null): DatasetLicense | null {
  return datasetLicenses.find((l) => l.spdx === spdx) ?? null;
}
