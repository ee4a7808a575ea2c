-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "goldCompletedAt" TIMESTAMP(3),
ADD COLUMN     "goldCompletedById" TEXT,
ADD COLUMN     "goldExcludedIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
