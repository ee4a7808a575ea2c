import { z } from "zod";
import { safeString } from "@/lib/validations/safe-string";

// Creating an API token: a name to tell it apart, the project it may act on
// (this project, or every project its user belongs to) and a lifetime.
export const API_TOKEN_LIFETIMES = ["7", "30", "90", "365", "never"] as const;

export const createApiTokenSchema = z.object({
  name: safeString({ error: "Name the token." }).trim().min(1, "Name the token.").max(80, "The name must be at most 80 characters."),
  scope: z.enum(["project", "all"], { error: "Choose what the token may reach." }),
  expiresIn: z.enum(API_TOKEN_LIFETIMES, { error: "Choose when the token expires." }),
});

export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;
