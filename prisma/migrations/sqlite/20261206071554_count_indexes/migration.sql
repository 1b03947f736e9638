-- CreateIndex
CREATE INDEX "MemoryEntry_live_facets_idx" ON "MemoryEntry"("deletedAt", "mergedIntoId", "updatedAt", "category", "sourceKind");

-- CreateIndex
CREATE INDEX "StagedItem_status_archivedAt_kind_idx" ON "StagedItem"("status", "archivedAt", "kind");
