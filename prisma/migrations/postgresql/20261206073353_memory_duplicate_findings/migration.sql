-- CreateTable
CREATE TABLE "MemoryDuplicateScan" (
    "id" TEXT NOT NULL,
    "memoryKey" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,
    "findings" INTEGER NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "scannedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryDuplicateScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryDuplicateFinding" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,
    "method" TEXT NOT NULL,
    "disagreements" JSONB NOT NULL,
    "rank" INTEGER NOT NULL,

    CONSTRAINT "MemoryDuplicateFinding_pkey" PRIMARY KEY ("entryAId","entryBId")
);

-- CreateTable
CREATE TABLE "MemoryTermFrequency" (
    "term" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "MemoryTermFrequency_pkey" PRIMARY KEY ("term")
);

-- CreateIndex
CREATE INDEX "MemoryDuplicateFinding_rank_idx" ON "MemoryDuplicateFinding"("rank");

-- CreateIndex
CREATE INDEX "MemoryEntry_version_updatedAt_idx" ON "MemoryEntry"("version", "updatedAt");
