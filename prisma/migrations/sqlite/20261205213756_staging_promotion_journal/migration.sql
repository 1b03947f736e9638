-- AlterTable
ALTER TABLE "StagedItem" ADD COLUMN "grantId" TEXT;
ALTER TABLE "StagedItem" ADD COLUMN "promotionLeaseUntil" DATETIME;
ALTER TABLE "StagedItem" ADD COLUMN "promotionOwner" TEXT;

-- CreateTable
CREATE TABLE "PromotionJournalEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "targetPath" TEXT NOT NULL,
    "previous" BLOB,
    "newHash" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "PromotionJournalEntry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StagedItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PromotionJournalEntry_itemId_idx" ON "PromotionJournalEntry"("itemId");
