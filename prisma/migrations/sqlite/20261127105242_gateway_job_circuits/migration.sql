-- CreateTable
CREATE TABLE "GatewayJobCircuit" (
    "jobId" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "lastError" TEXT,
    "changedAt" DATETIME NOT NULL,
    "source" TEXT NOT NULL,
    "reportedBy" TEXT NOT NULL,
    "reports" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "GatewayJobCircuit_state_idx" ON "GatewayJobCircuit"("state");
