-- CreateTable
CREATE TABLE "DriftCheck" (
    "id" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "runId" TEXT,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "ignoredCount" INTEGER NOT NULL,
    "documentVersion" TEXT,
    "rules" TEXT NOT NULL,
    "reportId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DriftCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DriftItem" (
    "id" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "declared" TEXT,
    "actual" TEXT,
    "patch" TEXT,
    "message" TEXT,
    "line" INTEGER,
    "ignored" BOOLEAN NOT NULL DEFAULT false,
    "state" TEXT NOT NULL DEFAULT 'open',
    "firstSeen" TIMESTAMP(3) NOT NULL,
    "lastSeen" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "reportId" TEXT,

    CONSTRAINT "DriftItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DriftReport" (
    "id" TEXT NOT NULL,
    "stagedItemId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "fingerprints" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "changeItemId" TEXT,
    "changeStatus" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "DriftReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DriftCheck_createdAt_idx" ON "DriftCheck"("createdAt");

-- CreateIndex
CREATE INDEX "DriftItem_state_idx" ON "DriftItem"("state");

-- CreateIndex
CREATE UNIQUE INDEX "DriftReport_stagedItemId_key" ON "DriftReport"("stagedItemId");

-- CreateIndex
CREATE INDEX "DriftReport_status_idx" ON "DriftReport"("status");
