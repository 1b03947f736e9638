-- CreateTable
CREATE TABLE "GatewayJobCircuit" (
    "jobId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "consecutiveFailures" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "lastError" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "source" TEXT NOT NULL,
    "reportedBy" TEXT NOT NULL,
    "reports" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GatewayJobCircuit_pkey" PRIMARY KEY ("jobId")
);

-- CreateIndex
CREATE INDEX "GatewayJobCircuit_state_idx" ON "GatewayJobCircuit"("state");
