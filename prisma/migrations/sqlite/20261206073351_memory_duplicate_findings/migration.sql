-- CreateTable
CREATE TABLE "MemoryDuplicateScan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memoryKey" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "findings" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "scannedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MemoryDuplicateFinding" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" REAL NOT NULL,
    "method" TEXT NOT NULL,
    "disagreements" JSONB NOT NULL,
    "rank" INTEGER NOT NULL,

    PRIMARY KEY ("entryAId", "entryBId")
);

-- CreateTable
CREATE TABLE "MemoryTermFrequency" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "entries" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "MemoryDuplicateFinding_rank_idx" ON "MemoryDuplicateFinding"("rank");

-- CreateIndex
CREATE INDEX "MemoryEntry_version_updatedAt_idx" ON "MemoryEntry"("version", "updatedAt");
