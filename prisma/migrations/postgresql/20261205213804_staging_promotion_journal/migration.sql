-- AlterTable
ALTER TABLE "StagedItem" ADD COLUMN     "grantId" TEXT,
ADD COLUMN     "promotionLeaseUntil" TIMESTAMP(3),
ADD COLUMN     "promotionOwner" TEXT;

-- CreateTable
CREATE TABLE "PromotionJournalEntry" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "targetPath" TEXT NOT NULL,
    "previous" BYTEA,
    "newHash" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PromotionJournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PromotionJournalEntry_itemId_idx" ON "PromotionJournalEntry"("itemId");

-- AddForeignKey
ALTER TABLE "PromotionJournalEntry" ADD CONSTRAINT "PromotionJournalEntry_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "StagedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
