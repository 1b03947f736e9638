-- AlterTable
ALTER TABLE "StagedItem" ADD COLUMN     "fingerprint" TEXT,
ADD COLUMN     "inputHash" TEXT,
ADD COLUMN     "target" TEXT;

-- CreateTable
CREATE TABLE "JobCursor" (
    "jobId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobCursor_pkey" PRIMARY KEY ("jobId","key")
);

-- CreateIndex
CREATE INDEX "StagedItem_fingerprint_idx" ON "StagedItem"("fingerprint");

-- CreateIndex
CREATE INDEX "StagedItem_kind_target_idx" ON "StagedItem"("kind", "target");
