-- The near-duplicate index is computed in memory now (lib/memory/similarity): its change-log
-- trigger and function go first, since they write to a table dropped below.
DROP TRIGGER IF EXISTS "MemoryEntry_change_log" ON "MemoryEntry";
DROP FUNCTION IF EXISTS "memory_change_log"();

-- DropForeignKey
ALTER TABLE "MemoryDuplicatePair" DROP CONSTRAINT "MemoryDuplicatePair_entryAId_fkey";

-- DropForeignKey
ALTER TABLE "MemoryDuplicatePair" DROP CONSTRAINT "MemoryDuplicatePair_entryBId_fkey";

-- DropForeignKey
ALTER TABLE "MemoryDuplicateSignature" DROP CONSTRAINT "MemoryDuplicateSignature_entryId_fkey";

-- DropTable
DROP TABLE "MemoryChange";

-- DropTable
DROP TABLE "MemoryDuplicatePair";

-- DropTable
DROP TABLE "MemoryDuplicateSignature";

-- DropTable
DROP TABLE "MemoryDuplicateState";
