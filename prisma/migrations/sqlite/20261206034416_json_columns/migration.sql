-- Prisma's SQLite Json column is declared JSONB (NUMERIC affinity): the copied TEXT stays TEXT and is read as JSON.
-- The engine writes a Json default as DEFAULT [], which SQLite stores as an empty string: '[]' is the JSON text.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Briefing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trigger" TEXT NOT NULL,
    "runId" TEXT,
    "headline" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sections" JSONB NOT NULL,
    "facts" JSONB NOT NULL,
    "since" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Briefing" ("body", "createdAt", "facts", "headline", "id", "runId", "sections", "since", "trigger") SELECT "body", "createdAt", "facts", "headline", "id", "runId", "sections", "since", "trigger" FROM "Briefing";
DROP TABLE "Briefing";
ALTER TABLE "new_Briefing" RENAME TO "Briefing";
CREATE INDEX "Briefing_createdAt_idx" ON "Briefing"("createdAt");
CREATE TABLE "new_Digest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "day" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stories" JSONB NOT NULL
);
INSERT INTO "new_Digest" ("createdAt", "day", "id", "stories") SELECT "createdAt", "day", "id", "stories" FROM "Digest";
DROP TABLE "Digest";
ALTER TABLE "new_Digest" RENAME TO "Digest";
CREATE UNIQUE INDEX "Digest_day_key" ON "Digest"("day");
CREATE TABLE "new_DriftCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "trigger" TEXT NOT NULL,
    "runId" TEXT,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "ignoredCount" INTEGER NOT NULL,
    "documentVersion" TEXT,
    "rules" JSONB NOT NULL,
    "reportId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_DriftCheck" ("createdAt", "documentVersion", "id", "ignoredCount", "itemCount", "outcome", "reason", "reportId", "rules", "runId", "trigger") SELECT "createdAt", "documentVersion", "id", "ignoredCount", "itemCount", "outcome", "reason", "reportId", "rules", "runId", "trigger" FROM "DriftCheck";
DROP TABLE "DriftCheck";
ALTER TABLE "new_DriftCheck" RENAME TO "DriftCheck";
CREATE INDEX "DriftCheck_createdAt_idx" ON "DriftCheck"("createdAt");
CREATE TABLE "new_DriftItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resource" TEXT NOT NULL,
    "fieldPath" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "declared" JSONB,
    "actual" JSONB,
    "patch" JSONB,
    "message" TEXT,
    "line" INTEGER,
    "ignored" BOOLEAN NOT NULL DEFAULT false,
    "state" TEXT NOT NULL DEFAULT 'open',
    "firstSeen" DATETIME NOT NULL,
    "lastSeen" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "reportId" TEXT
);
INSERT INTO "new_DriftItem" ("actual", "declared", "fieldPath", "firstSeen", "id", "ignored", "kind", "lastSeen", "line", "message", "patch", "reportId", "resolvedAt", "resource", "severity", "state") SELECT "actual", "declared", "fieldPath", "firstSeen", "id", "ignored", "kind", "lastSeen", "line", "message", "patch", "reportId", "resolvedAt", "resource", "severity", "state" FROM "DriftItem";
DROP TABLE "DriftItem";
ALTER TABLE "new_DriftItem" RENAME TO "DriftItem";
CREATE INDEX "DriftItem_state_idx" ON "DriftItem"("state");
CREATE TABLE "new_DriftReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stagedItemId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "fingerprints" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "changeItemId" TEXT,
    "changeStatus" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME
);
INSERT INTO "new_DriftReport" ("changeItemId", "changeStatus", "checkId", "createdAt", "decidedAt", "fingerprints", "id", "stagedItemId", "status") SELECT "changeItemId", "changeStatus", "checkId", "createdAt", "decidedAt", "fingerprints", "id", "stagedItemId", "status" FROM "DriftReport";
DROP TABLE "DriftReport";
ALTER TABLE "new_DriftReport" RENAME TO "DriftReport";
CREATE UNIQUE INDEX "DriftReport_stagedItemId_key" ON "DriftReport"("stagedItemId");
CREATE INDEX "DriftReport_status_idx" ON "DriftReport"("status");
CREATE TABLE "new_JobRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "model" TEXT,
    "provider" TEXT,
    "tokensIn" INTEGER NOT NULL DEFAULT 0,
    "tokensOut" INTEGER NOT NULL DEFAULT 0,
    "outputs" INTEGER NOT NULL DEFAULT 0,
    "staged" JSONB,
    "summary" TEXT,
    "error" TEXT,
    "log" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "durationMs" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_JobRun" ("attempt", "createdAt", "durationMs", "error", "finishedAt", "id", "jobId", "log", "model", "outputs", "provider", "sessionId", "slot", "staged", "startedAt", "status", "summary", "tokensIn", "tokensOut", "trigger") SELECT "attempt", "createdAt", "durationMs", "error", "finishedAt", "id", "jobId", "log", "model", "outputs", "provider", "sessionId", "slot", "staged", "startedAt", "status", "summary", "tokensIn", "tokensOut", "trigger" FROM "JobRun";
DROP TABLE "JobRun";
ALTER TABLE "new_JobRun" RENAME TO "JobRun";
CREATE INDEX "JobRun_jobId_createdAt_idx" ON "JobRun"("jobId", "createdAt");
CREATE INDEX "JobRun_status_idx" ON "JobRun"("status");
CREATE INDEX "JobRun_startedAt_idx" ON "JobRun"("startedAt");
CREATE UNIQUE INDEX "JobRun_jobId_slot_key" ON "JobRun"("jobId", "slot");
CREATE TABLE "new_ModelChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ModelChange" ("after", "at", "before", "id", "kind", "modelId", "provider", "snapshotId", "source") SELECT "after", "at", "before", "id", "kind", "modelId", "provider", "snapshotId", "source" FROM "ModelChange";
DROP TABLE "ModelChange";
ALTER TABLE "new_ModelChange" RENAME TO "ModelChange";
CREATE INDEX "ModelChange_provider_at_idx" ON "ModelChange"("provider", "at");
CREATE INDEX "ModelChange_at_idx" ON "ModelChange"("at");
CREATE TABLE "new_ModelObservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "snapshotId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT,
    "inputPerMTok" TEXT,
    "outputPerMTok" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "capabilities" JSONB NOT NULL DEFAULT '[]',
    "deprecatedAt" TEXT,
    CONSTRAINT "ModelObservation_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ModelSnapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ModelObservation" ("capabilities", "contextWindow", "deprecatedAt", "family", "id", "inputPerMTok", "maxOutputTokens", "modelId", "name", "outputPerMTok", "provider", "snapshotId") SELECT "capabilities", "contextWindow", "deprecatedAt", "family", "id", "inputPerMTok", "maxOutputTokens", "modelId", "name", "outputPerMTok", "provider", "snapshotId" FROM "ModelObservation";
DROP TABLE "ModelObservation";
ALTER TABLE "new_ModelObservation" RENAME TO "ModelObservation";
CREATE INDEX "ModelObservation_snapshotId_idx" ON "ModelObservation"("snapshotId");
CREATE INDEX "ModelObservation_modelId_idx" ON "ModelObservation"("modelId");
CREATE TABLE "new_PermissionGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectKind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "scopes" JSONB NOT NULL,
    "resources" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "tokenHash" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedBy" TEXT,
    "revokeReason" TEXT,
    "lastUsedAt" DATETIME,
    "useCount" INTEGER NOT NULL DEFAULT 0,
    "usedScopes" JSONB NOT NULL DEFAULT '[]',
    "renewedFromId" TEXT,
    "renewedToId" TEXT,
    "expiryAudited" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_PermissionGrant" ("createdAt", "expiresAt", "expiryAudited", "id", "issuedBy", "lastUsedAt", "note", "renewedFromId", "renewedToId", "resources", "revokeReason", "revokedAt", "revokedBy", "scopes", "subject", "subjectKind", "tokenHash", "tokenHint", "useCount", "usedScopes") SELECT "createdAt", "expiresAt", "expiryAudited", "id", "issuedBy", "lastUsedAt", "note", "renewedFromId", "renewedToId", "resources", "revokeReason", "revokedAt", "revokedBy", "scopes", "subject", "subjectKind", "tokenHash", "tokenHint", "useCount", "usedScopes" FROM "PermissionGrant";
DROP TABLE "PermissionGrant";
ALTER TABLE "new_PermissionGrant" RENAME TO "PermissionGrant";
CREATE UNIQUE INDEX "PermissionGrant_tokenHash_key" ON "PermissionGrant"("tokenHash");
CREATE INDEX "PermissionGrant_expiresAt_idx" ON "PermissionGrant"("expiresAt");
CREATE INDEX "PermissionGrant_subject_idx" ON "PermissionGrant"("subject");
CREATE TABLE "new_Prediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "statement" TEXT NOT NULL,
    "probability" REAL NOT NULL,
    "deadline" DATETIME NOT NULL,
    "tags" JSONB NOT NULL DEFAULT '[]',
    "source" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "resolvedAt" DATETIME,
    "resolutionNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Prediction" ("createdAt", "deadline", "id", "outcome", "probability", "resolutionNote", "resolvedAt", "source", "statement", "status", "tags", "updatedAt") SELECT "createdAt", "deadline", "id", "outcome", "probability", "resolutionNote", "resolvedAt", "source", "statement", "status", "tags", "updatedAt" FROM "Prediction";
DROP TABLE "Prediction";
ALTER TABLE "new_Prediction" RENAME TO "Prediction";
CREATE INDEX "Prediction_status_deadline_idx" ON "Prediction"("status", "deadline");
CREATE TABLE "new_StagedItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "sourceJob" TEXT,
    "sourceRunId" TEXT,
    "createdBy" TEXT NOT NULL,
    "metadata" JSONB,
    "decidedBy" TEXT,
    "decidedAt" DATETIME,
    "decisionNote" TEXT,
    "archivedAt" DATETIME,
    "target" TEXT,
    "fingerprint" TEXT,
    "inputHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "grantId" TEXT,
    "promotionOwner" TEXT,
    "promotionLeaseUntil" DATETIME
);
INSERT INTO "new_StagedItem" ("archivedAt", "body", "createdAt", "createdBy", "decidedAt", "decidedBy", "decisionNote", "fingerprint", "grantId", "id", "inputHash", "kind", "metadata", "promotionLeaseUntil", "promotionOwner", "sourceJob", "sourceRunId", "status", "summary", "target", "title", "updatedAt") SELECT "archivedAt", "body", "createdAt", "createdBy", "decidedAt", "decidedBy", "decisionNote", "fingerprint", "grantId", "id", "inputHash", "kind", "metadata", "promotionLeaseUntil", "promotionOwner", "sourceJob", "sourceRunId", "status", "summary", "target", "title", "updatedAt" FROM "StagedItem";
DROP TABLE "StagedItem";
ALTER TABLE "new_StagedItem" RENAME TO "StagedItem";
CREATE INDEX "StagedItem_status_createdAt_idx" ON "StagedItem"("status", "createdAt");
CREATE INDEX "StagedItem_kind_status_idx" ON "StagedItem"("kind", "status");
CREATE INDEX "StagedItem_sourceRunId_idx" ON "StagedItem"("sourceRunId");
CREATE INDEX "StagedItem_createdAt_idx" ON "StagedItem"("createdAt");
CREATE INDEX "StagedItem_status_decidedAt_idx" ON "StagedItem"("status", "decidedAt");
CREATE INDEX "StagedItem_fingerprint_idx" ON "StagedItem"("fingerprint");
CREATE INDEX "StagedItem_kind_target_idx" ON "StagedItem"("kind", "target");
CREATE TABLE "new_TrackedModel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT,
    "inputPerMTok" TEXT,
    "outputPerMTok" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "capabilities" JSONB NOT NULL DEFAULT '[]',
    "deprecatedAt" TEXT,
    "missingCount" INTEGER NOT NULL DEFAULT 0,
    "removedAt" DATETIME,
    "firstSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_TrackedModel" ("capabilities", "contextWindow", "deprecatedAt", "family", "firstSeenAt", "id", "inputPerMTok", "maxOutputTokens", "missingCount", "modelId", "name", "outputPerMTok", "provider", "removedAt", "source", "updatedAt") SELECT "capabilities", "contextWindow", "deprecatedAt", "family", "firstSeenAt", "id", "inputPerMTok", "maxOutputTokens", "missingCount", "modelId", "name", "outputPerMTok", "provider", "removedAt", "source", "updatedAt" FROM "TrackedModel";
DROP TABLE "TrackedModel";
ALTER TABLE "new_TrackedModel" RENAME TO "TrackedModel";
CREATE INDEX "TrackedModel_provider_idx" ON "TrackedModel"("provider");
CREATE UNIQUE INDEX "TrackedModel_source_modelId_key" ON "TrackedModel"("source", "modelId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
