-- AlterTable
ALTER TABLE "GatewayJobCircuit" ADD COLUMN "cooldownEndsAt" DATETIME;
