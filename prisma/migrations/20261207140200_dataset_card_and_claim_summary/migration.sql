-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "verdictExplanation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "license" TEXT;
