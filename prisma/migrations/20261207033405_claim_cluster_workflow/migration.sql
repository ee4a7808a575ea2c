-- AlterEnum
ALTER TYPE "ClusterRelation" ADD VALUE 'ATTRIBUTES';

-- DropIndex
DROP INDEX "ClaimCluster_projectId_idx";

-- AlterTable
ALTER TABLE "ClaimCluster" ADD COLUMN     "note" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "statusId" TEXT,
ADD COLUMN     "verdictAppliedAt" TIMESTAMP(3),
ADD COLUMN     "verdictAppliedById" TEXT,
ADD COLUMN     "verdictExplanation" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ClaimClusterMember" ADD COLUMN     "reviewState" "ReviewState" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ClaimClusterEvidence" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "stance" "EvidenceStance" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ClaimClusterEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterComment" (
    "id" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "body" TEXT NOT NULL,
    "mentions" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "ClusterComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterCandidateRejection" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "targetAnnotationId" TEXT,
    "targetArticleId" TEXT,
    "targetStart" INTEGER,
    "targetEnd" INTEGER,
    "rejectedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClusterCandidateRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimClusterEvidence_clusterId_idx" ON "ClaimClusterEvidence"("clusterId");

-- CreateIndex
CREATE INDEX "ClusterComment_clusterId_createdAt_idx" ON "ClusterComment"("clusterId", "createdAt");

-- CreateIndex
CREATE INDEX "ClusterCandidateRejection_claimId_idx" ON "ClusterCandidateRejection"("claimId");

-- CreateIndex
CREATE INDEX "ClaimCluster_projectId_deletedAt_idx" ON "ClaimCluster"("projectId", "deletedAt");

-- AddForeignKey
ALTER TABLE "ClaimCluster" ADD CONSTRAINT "ClaimCluster_statusId_fkey" FOREIGN KEY ("statusId") REFERENCES "Label"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimClusterEvidence" ADD CONSTRAINT "ClaimClusterEvidence_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "ClaimCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterComment" ADD CONSTRAINT "ClusterComment_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "ClaimCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterComment" ADD CONSTRAINT "ClusterComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterComment" ADD CONSTRAINT "ClusterComment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "ClusterComment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterCandidateRejection" ADD CONSTRAINT "ClusterCandidateRejection_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterCandidateRejection" ADD CONSTRAINT "ClusterCandidateRejection_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
