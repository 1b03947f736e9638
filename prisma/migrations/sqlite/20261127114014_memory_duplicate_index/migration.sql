-- CreateTable
CREATE TABLE "MemoryChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "MemoryDuplicateState" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'memory',
    "generation" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "MemoryDuplicateSignature" (
    "entryId" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "bands" TEXT NOT NULL,
    CONSTRAINT "MemoryDuplicateSignature_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemoryDuplicatePair" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "similarity" REAL NOT NULL,

    PRIMARY KEY ("entryAId", "entryBId"),
    CONSTRAINT "MemoryDuplicatePair_entryAId_fkey" FOREIGN KEY ("entryAId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemoryDuplicatePair_entryBId_fkey" FOREIGN KEY ("entryBId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemoryDuplicateDismissal" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "dismissedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("entryAId", "entryBId"),
    CONSTRAINT "MemoryDuplicateDismissal_entryAId_fkey" FOREIGN KEY ("entryAId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MemoryDuplicateDismissal_entryBId_fkey" FOREIGN KEY ("entryBId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MemoryDuplicatePair_entryBId_idx" ON "MemoryDuplicatePair"("entryBId");

-- CreateIndex
CREATE INDEX "MemoryDuplicatePair_similarity_idx" ON "MemoryDuplicatePair"("similarity");

-- CreateIndex
CREATE INDEX "MemoryDuplicateDismissal_entryBId_idx" ON "MemoryDuplicateDismissal"("entryBId");

-- The change log of the near-duplicate index, hand-written (Prisma cannot describe triggers): every
-- insert and delete of an entry, and every change of its content or of whether it is live, is
-- logged here whatever code made it (use cases, imports, raw SQL).
CREATE TRIGGER "MemoryEntry_change_ai" AFTER INSERT ON "MemoryEntry" BEGIN
    INSERT INTO "MemoryChange"("entryId") VALUES (new."id");
END;
CREATE TRIGGER "MemoryEntry_change_au" AFTER UPDATE OF "content", "deletedAt", "mergedIntoId" ON "MemoryEntry"
WHEN old."content" IS NOT new."content" OR old."deletedAt" IS NOT new."deletedAt" OR old."mergedIntoId" IS NOT new."mergedIntoId" BEGIN
    INSERT INTO "MemoryChange"("entryId") VALUES (new."id");
END;
CREATE TRIGGER "MemoryEntry_change_ad" AFTER DELETE ON "MemoryEntry" BEGIN
    INSERT INTO "MemoryChange"("entryId") VALUES (old."id");
END;

-- Entries that exist already are new to the index.
INSERT INTO "MemoryChange"("entryId") SELECT "id" FROM "MemoryEntry" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL;
