-- The near-duplicate index is computed in memory now (lib/memory/similarity): its change-log
-- triggers go first, since they write to a table dropped below.
DROP TRIGGER IF EXISTS "MemoryEntry_change_ai";
DROP TRIGGER IF EXISTS "MemoryEntry_change_au";
DROP TRIGGER IF EXISTS "MemoryEntry_change_ad";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "MemoryChange";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "MemoryDuplicatePair";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "MemoryDuplicateSignature";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "MemoryDuplicateState";
PRAGMA foreign_keys=on;
