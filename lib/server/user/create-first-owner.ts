import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { newAccountSchema } from "@/lib/validations/auth";
import { hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/assert-strong-password";
import { createProject } from "@/lib/server/project/create-project";
import { slugFromName } from "@/lib/validations/project";
import { safeString } from "@/lib/validations/safe-string";
import { consumeSetupCode } from "@/lib/server/setup/consume-setup-code";
import { parseInput } from "@/lib/validations/parse-input";

const firstRunSchema = newAccountSchema.extend({
  setupCode: safeString().trim().min(1, "Enter the setup code from the server's log.").max(64, "That setup code is not valid."),
  projectName: safeString().trim().min(1, "Enter a project name.").max(120, "Name is too long."),
});

// The first-run path of a fresh install with no demo data: the first account
// becomes the administrator and owner of a first project. It needs the
// one-time setup code the server printed in its log (announceSetupCode), so
// reaching the page first is not enough to take an installation over. A
// transaction-level advisory lock makes two simultaneous first runs create
// one account only.
export async function createFirstOwner(client: PrismaClient, input: unknown) {
  const data = parseInput(firstRunSchema, input, "Invalid input.");
  const { name, email, password, projectName, setupCode } = data;
  assertStrongPassword(password, [name, email, projectName]);
  const passwordHash = await hashPassword(password);
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707370)`;
    if ((await tx.user.count()) > 0) {
      throw new AppError("CONFLICT", "Claimdesk is already set up. Sign in instead.");
    }
    await consumeSetupCode(tx, setupCode);
    const user = await tx.user.create({ data: { name, email, passwordHash, isAdmin: true } });
    const project = await createProject(tx, user.id, {
      name: projectName,
      slug: slugFromName(projectName) || "project",
    });
    return { user, project };
  });
}
