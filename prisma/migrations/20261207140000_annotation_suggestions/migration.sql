-- CreateEnum
CREATE TYPE "AnnotationOrigin" AS ENUM ('HUMAN', 'SUGGESTION');

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "origin" "AnnotationOrigin" NOT NULL DEFAULT 'HUMAN',
ADD COLUMN     "suggestionSource" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "predictionModelName" TEXT,
ADD COLUMN     "predictionServiceUrl" TEXT;

-- CreateTable
CREATE TABLE "SuggestionDismissal" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "kind" "AnnotationKind" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionDismissal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionDismissal_articleId_userId_revision_kind_start_en_key" ON "SuggestionDismissal"("articleId", "userId", "revision", "kind", "start", "end");

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionDismissal" ADD CONSTRAINT "SuggestionDismissal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
