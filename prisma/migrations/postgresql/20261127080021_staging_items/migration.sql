-- CreateTable
CREATE TABLE "StagedItem" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "sourceJob" TEXT,
    "sourceRunId" TEXT,
    "createdBy" TEXT NOT NULL,
    "metadata" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StagedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StagedFile" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "targetPath" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "baseHash" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StagedFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StagedItem_status_createdAt_idx" ON "StagedItem"("status", "createdAt");

-- CreateIndex
CREATE INDEX "StagedItem_kind_status_idx" ON "StagedItem"("kind", "status");

-- CreateIndex
CREATE INDEX "StagedItem_sourceRunId_idx" ON "StagedItem"("sourceRunId");

-- CreateIndex
CREATE INDEX "StagedFile_itemId_idx" ON "StagedFile"("itemId");

-- AddForeignKey
ALTER TABLE "StagedFile" ADD CONSTRAINT "StagedFile_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StagedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
