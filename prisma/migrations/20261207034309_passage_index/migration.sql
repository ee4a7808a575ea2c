-- Trigram matching for the passage index (lib/server/passage). PGlite loads
-- the contrib bundle at start-up (lib/embedded-db/pglite-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ArticlePassage" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "lemmas" TEXT NOT NULL,
    "features" JSONB NOT NULL,
    "search" tsvector,

    CONSTRAINT "ArticlePassage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePassageTerm" (
    "projectId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "passages" INTEGER NOT NULL,

    CONSTRAINT "ArticlePassageTerm_pkey" PRIMARY KEY ("projectId","term")
);

-- CreateIndex
CREATE INDEX "ArticlePassage_articleId_idx" ON "ArticlePassage"("articleId");

-- CreateIndex
CREATE INDEX "ArticlePassage_projectId_idx" ON "ArticlePassage"("projectId");

-- CreateIndex
CREATE INDEX "ArticlePassage_search_idx" ON "ArticlePassage" USING GIN ("search");

-- CreateIndex
CREATE INDEX "ArticlePassage_lemmas_idx" ON "ArticlePassage" USING GIN ("lemmas" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ArticlePassage" ADD CONSTRAINT "ArticlePassage_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePassage" ADD CONSTRAINT "ArticlePassage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePassageTerm" ADD CONSTRAINT "ArticlePassageTerm_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
