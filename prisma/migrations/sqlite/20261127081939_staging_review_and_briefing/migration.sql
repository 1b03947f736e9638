-- CreateTable
CREATE TABLE "Briefing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trigger" TEXT NOT NULL,
    "runId" TEXT,
    "headline" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sections" TEXT NOT NULL,
    "facts" TEXT NOT NULL,
    "since" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "Briefing_createdAt_idx" ON "Briefing"("createdAt");

-- CreateIndex
CREATE INDEX "StagedItem_createdAt_idx" ON "StagedItem"("createdAt");

-- CreateIndex
CREATE INDEX "StagedItem_status_decidedAt_idx" ON "StagedItem"("status", "decidedAt");
