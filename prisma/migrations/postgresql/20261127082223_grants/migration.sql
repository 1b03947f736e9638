-- CreateTable
CREATE TABLE "PermissionGrant" (
    "id" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "resources" TEXT NOT NULL DEFAULT '[]',
    "note" TEXT,
    "tokenHash" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "issuedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedBy" TEXT,
    "revokeReason" TEXT,
    "lastUsedAt" TIMESTAMP(3),
    "useCount" INTEGER NOT NULL DEFAULT 0,
    "usedScopes" TEXT NOT NULL DEFAULT '[]',
    "renewedFromId" TEXT,
    "renewedToId" TEXT,
    "expiryAudited" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PermissionGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PermissionGrant_tokenHash_key" ON "PermissionGrant"("tokenHash");

-- CreateIndex
CREATE INDEX "PermissionGrant_expiresAt_idx" ON "PermissionGrant"("expiresAt");

-- CreateIndex
CREATE INDEX "PermissionGrant_subject_idx" ON "PermissionGrant"("subject");
