-- CreateTable
CREATE TABLE "MemoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "content" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT 'general',
    "tags" TEXT NOT NULL DEFAULT '',
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "sourceKind" TEXT NOT NULL,
    "sourceId" TEXT,
    "createdBy" TEXT NOT NULL,
    "stagedItemId" TEXT,
    "expiresAt" DATETIME,
    "deletedAt" DATETIME,
    "deletedBy" TEXT,
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MemoryVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "expiresAt" DATETIME,
    "changeKind" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '',
    "changedBy" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemoryProvenance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entryId" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceId" TEXT,
    "createdBy" TEXT NOT NULL,
    "mergedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemoryProvenance_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "MemoryEntry_stagedItemId_key" ON "MemoryEntry"("stagedItemId");

-- CreateIndex
CREATE INDEX "MemoryEntry_status_deletedAt_pinned_updatedAt_idx" ON "MemoryEntry"("status", "deletedAt", "pinned", "updatedAt");

-- CreateIndex
CREATE INDEX "MemoryEntry_category_idx" ON "MemoryEntry"("category");

-- CreateIndex
CREATE INDEX "MemoryEntry_sourceKind_idx" ON "MemoryEntry"("sourceKind");

-- CreateIndex
CREATE INDEX "MemoryEntry_contentHash_idx" ON "MemoryEntry"("contentHash");

-- CreateIndex
CREATE INDEX "MemoryEntry_mergedIntoId_idx" ON "MemoryEntry"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "MemoryVersion_entryId_version_key" ON "MemoryVersion"("entryId", "version");

-- CreateIndex
CREATE INDEX "MemoryProvenance_entryId_idx" ON "MemoryProvenance"("entryId");

-- Full-text search, hand-written (Prisma cannot describe it; the tables are listed in
-- prisma/tools/external-tables.ts). FTS5 needs integer rowids, and the implicit rowid of a table
-- with a text primary key may change on VACUUM, so memory_search_doc gives each entry a stable
-- integer key and serves as the external content of the FTS5 index. Triggers keep both in sync.
CREATE TABLE "memory_search_doc" (
    "doc_id" INTEGER NOT NULL PRIMARY KEY,
    "entry_id" TEXT NOT NULL UNIQUE,
    "content" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "category" TEXT NOT NULL
);

CREATE VIRTUAL TABLE "memory_fts" USING fts5(
    content, tags, category,
    content='memory_search_doc', content_rowid='doc_id',
    tokenize='porter unicode61 remove_diacritics 2',
    prefix='2 3'
);
-- The ranking used by ORDER BY rank: a word in the content counts most, then tags, then category.
-- Declaring it here lets FTS5 sort and stop at LIMIT itself.
INSERT INTO "memory_fts"("memory_fts", rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0)');

CREATE TRIGGER "memory_search_doc_ai" AFTER INSERT ON "memory_search_doc" BEGIN
    INSERT INTO "memory_fts"(rowid, content, tags, category) VALUES (new."doc_id", new."content", new."tags", new."category");
END;
CREATE TRIGGER "memory_search_doc_ad" AFTER DELETE ON "memory_search_doc" BEGIN
    INSERT INTO "memory_fts"("memory_fts", rowid, content, tags, category) VALUES ('delete', old."doc_id", old."content", old."tags", old."category");
END;
CREATE TRIGGER "memory_search_doc_au" AFTER UPDATE ON "memory_search_doc" BEGIN
    INSERT INTO "memory_fts"("memory_fts", rowid, content, tags, category) VALUES ('delete', old."doc_id", old."content", old."tags", old."category");
    INSERT INTO "memory_fts"(rowid, content, tags, category) VALUES (new."doc_id", new."content", new."tags", new."category");
END;

CREATE TRIGGER "MemoryEntry_search_ai" AFTER INSERT ON "MemoryEntry" BEGIN
    INSERT INTO "memory_search_doc"("entry_id", "content", "tags", "category") VALUES (new."id", new."content", new."tags", new."category");
END;
CREATE TRIGGER "MemoryEntry_search_au" AFTER UPDATE OF "content", "tags", "category" ON "MemoryEntry"
WHEN old."content" IS NOT new."content" OR old."tags" IS NOT new."tags" OR old."category" IS NOT new."category" BEGIN
    UPDATE "memory_search_doc" SET "content" = new."content", "tags" = new."tags", "category" = new."category" WHERE "entry_id" = old."id";
END;
CREATE TRIGGER "MemoryEntry_search_ad" AFTER DELETE ON "MemoryEntry" BEGIN
    DELETE FROM "memory_search_doc" WHERE "entry_id" = old."id";
END;
