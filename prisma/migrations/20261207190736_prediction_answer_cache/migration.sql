-- CreateTable
CREATE TABLE "PredictionAnswerCache" (
    "articleId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "serviceKey" TEXT NOT NULL,
    "spans" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PredictionAnswerCache_pkey" PRIMARY KEY ("articleId","revision","serviceKey")
);

-- AddForeignKey
ALTER TABLE "PredictionAnswerCache" ADD CONSTRAINT "PredictionAnswerCache_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
