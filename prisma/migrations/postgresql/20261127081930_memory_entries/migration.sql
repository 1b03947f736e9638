-- CreateTable
CREATE TABLE "MemoryEntry" (
    "id" TEXT NOT NULL,
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
    "expiresAt" TIMESTAMP(3),
    "deletedAt" TIMESTAMP(3),
    "deletedBy" TEXT,
    "mergedIntoId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryVersion" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "tags" TEXT NOT NULL,
    "pinned" BOOLEAN NOT NULL,
    "status" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "changeKind" TEXT NOT NULL,
    "changed" TEXT NOT NULL DEFAULT '',
    "changedBy" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryProvenance" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "sourceKind" TEXT NOT NULL,
    "sourceId" TEXT,
    "createdBy" TEXT NOT NULL,
    "mergedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryProvenance_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "MemoryVersion" ADD CONSTRAINT "MemoryVersion_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryProvenance" ADD CONSTRAINT "MemoryProvenance_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Full-text search, hand-written (Prisma cannot describe a tsvector column, and the table is listed in
-- prisma/tools/external-tables.ts): one weighted tsvector per entry (content A, tags B, category C)
-- in a separate table with a GIN index, maintained by a trigger on "MemoryEntry".
CREATE TABLE "memory_search" (
    "entry_id" TEXT NOT NULL PRIMARY KEY REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "memory_search_document_idx" ON "memory_search" USING GIN ("document");

-- The migration runner splits scripts on every semicolon, even inside a function body, so the
-- body is an escape string and its statement terminators are written as \073 (the octal code of a semicolon).
CREATE FUNCTION "memory_search_sync"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
    INSERT INTO "memory_search"("entry_id", "document") VALUES (
        NEW."id",
        setweight(to_tsvector(''english'', NEW."content"), ''A'')
            || setweight(to_tsvector(''english'', replace(NEW."tags", '','', '' '')), ''B'')
            || setweight(to_tsvector(''english'', NEW."category"), ''C'')
    )
    ON CONFLICT ("entry_id") DO UPDATE SET "document" = EXCLUDED."document"\073
    RETURN NEW\073
END';

CREATE TRIGGER "MemoryEntry_search_sync" AFTER INSERT OR UPDATE OF "content", "tags", "category" ON "MemoryEntry"
    FOR EACH ROW EXECUTE FUNCTION "memory_search_sync"();
