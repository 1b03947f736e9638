-- AlterTable
ALTER TABLE "Owner" ADD COLUMN     "singleton" INTEGER NOT NULL DEFAULT 1;

-- DropTable
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "AuditTally" (
    "kind" TEXT NOT NULL,
    "minute" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "summarised" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AuditTally_pkey" PRIMARY KEY ("kind","minute")
);

-- CreateTable
CREATE TABLE "AuditHead" (
    "id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "mac" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Owner_singleton_key" ON "Owner"("singleton");
