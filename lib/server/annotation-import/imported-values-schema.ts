import { z } from "zod";
import { annotationNoteSchema, evidenceListSchema } from "@/lib/validations/annotation";

// The free-text parts of an imported annotation, held to the annotation
// API's own schemas so an import can store nothing the API would refuse.
export const importedValuesSchema = z.object({ note: annotationNoteSchema, evidence: evidenceListSchema });
