-- CreateTable
CREATE TABLE "MemoryChange" (
    "seq" SERIAL NOT NULL,
    "entryId" TEXT NOT NULL,

    CONSTRAINT "MemoryChange_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "MemoryDuplicateState" (
    "id" TEXT NOT NULL DEFAULT 'memory',
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MemoryDuplicateState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemoryDuplicateSignature" (
    "entryId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "bands" TEXT NOT NULL,

    CONSTRAINT "MemoryDuplicateSignature_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "MemoryDuplicatePair" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "similarity" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MemoryDuplicatePair_pkey" PRIMARY KEY ("entryAId","entryBId")
);

-- CreateTable
CREATE TABLE "MemoryDuplicateDismissal" (
    "entryAId" TEXT NOT NULL,
    "entryBId" TEXT NOT NULL,
    "dismissedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemoryDuplicateDismissal_pkey" PRIMARY KEY ("entryAId","entryBId")
);

-- CreateIndex
CREATE INDEX "MemoryDuplicatePair_entryBId_idx" ON "MemoryDuplicatePair"("entryBId");

-- CreateIndex
CREATE INDEX "MemoryDuplicatePair_similarity_idx" ON "MemoryDuplicatePair"("similarity");

-- CreateIndex
CREATE INDEX "MemoryDuplicateDismissal_entryBId_idx" ON "MemoryDuplicateDismissal"("entryBId");

-- AddForeignKey
ALTER TABLE "MemoryDuplicateSignature" ADD CONSTRAINT "MemoryDuplicateSignature_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryDuplicatePair" ADD CONSTRAINT "MemoryDuplicatePair_entryAId_fkey" FOREIGN KEY ("entryAId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryDuplicatePair" ADD CONSTRAINT "MemoryDuplicatePair_entryBId_fkey" FOREIGN KEY ("entryBId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryDuplicateDismissal" ADD CONSTRAINT "MemoryDuplicateDismissal_entryAId_fkey" FOREIGN KEY ("entryAId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemoryDuplicateDismissal" ADD CONSTRAINT "MemoryDuplicateDismissal_entryBId_fkey" FOREIGN KEY ("entryBId") REFERENCES "MemoryEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The change log of the near-duplicate index, hand-written (Prisma cannot describe triggers): every
-- insert and delete of an entry, and every change of its content or of whether it is live, is
-- logged here whatever code made it (use cases, imports, raw SQL). The migration runner splits on
-- every semicolon, so the function body is an escape string with \073 for its semicolons.
CREATE FUNCTION "memory_change_log"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
    IF TG_OP = ''DELETE'' THEN
        INSERT INTO "MemoryChange"("entryId") VALUES (OLD."id")\073
        RETURN OLD\073
    END IF\073
    IF TG_OP = ''INSERT'' THEN
        INSERT INTO "MemoryChange"("entryId") VALUES (NEW."id")\073
        RETURN NEW\073
    END IF\073
    IF NEW."content" IS DISTINCT FROM OLD."content" OR NEW."deletedAt" IS DISTINCT FROM OLD."deletedAt"
        OR NEW."mergedIntoId" IS DISTINCT FROM OLD."mergedIntoId" THEN
        INSERT INTO "MemoryChange"("entryId") VALUES (NEW."id")\073
    END IF\073
    RETURN NEW\073
END';

CREATE TRIGGER "MemoryEntry_change_log" AFTER INSERT OR DELETE OR UPDATE OF "content", "deletedAt", "mergedIntoId" ON "MemoryEntry"
    FOR EACH ROW EXECUTE FUNCTION "memory_change_log"();

-- Entries that exist already are new to the index.
INSERT INTO "MemoryChange"("entryId") SELECT "id" FROM "MemoryEntry" WHERE "deletedAt" IS NULL AND "mergedIntoId" IS NULL;
