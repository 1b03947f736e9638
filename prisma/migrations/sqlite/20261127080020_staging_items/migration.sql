-- CreateTable
CREATE TABLE "StagedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "StagedFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "targetPath" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "baseHash" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "StagedFile_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StagedItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "StagedItem_status_createdAt_idx" ON "StagedItem"("status", "createdAt");

-- CreateIndex
CREATE INDEX "StagedItem_kind_status_idx" ON "StagedItem"("kind", "status");

-- CreateIndex
CREATE INDEX "StagedItem_sourceRunId_idx" ON "StagedItem"("sourceRunId");

-- CreateIndex
CREATE INDEX "StagedFile_itemId_idx" ON "StagedFile"("itemId");
