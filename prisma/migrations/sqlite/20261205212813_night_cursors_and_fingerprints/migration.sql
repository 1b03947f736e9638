-- AlterTable
ALTER TABLE "StagedItem" ADD COLUMN "fingerprint" TEXT;
ALTER TABLE "StagedItem" ADD COLUMN "inputHash" TEXT;
ALTER TABLE "StagedItem" ADD COLUMN "target" TEXT;

-- CreateTable
CREATE TABLE "JobCursor" (
    "jobId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("jobId", "key")
);

-- CreateIndex
CREATE INDEX "StagedItem_fingerprint_idx" ON "StagedItem"("fingerprint");

-- CreateIndex
CREATE INDEX "StagedItem_kind_target_idx" ON "StagedItem"("kind", "target");
