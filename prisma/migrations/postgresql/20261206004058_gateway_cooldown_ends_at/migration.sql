-- AlterTable
ALTER TABLE "GatewayJobCircuit" ADD COLUMN     "cooldownEndsAt" TIMESTAMP(3);
