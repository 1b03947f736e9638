-- CreateTable
CREATE TABLE "PermissionGrant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subjectKind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "resources" TEXT NOT NULL DEFAULT '[]',
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
    "usedScopes" TEXT NOT NULL DEFAULT '[]',
    "renewedFromId" TEXT,
    "renewedToId" TEXT,
    "expiryAudited" BOOLEAN NOT NULL DEFAULT false
);

-- CreateIndex
CREATE UNIQUE INDEX "PermissionGrant_tokenHash_key" ON "PermissionGrant"("tokenHash");

-- CreateIndex
CREATE INDEX "PermissionGrant_expiresAt_idx" ON "PermissionGrant"("expiresAt");

-- CreateIndex
CREATE INDEX "PermissionGrant_subject_idx" ON "PermissionGrant"("subject");
