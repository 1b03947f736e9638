-- Closed sets become native enums: the text already stored is cast in place, so every row stays (a value
-- outside its set fails the migration instead of being lost). A text default cannot be cast automatically,
-- so it is dropped and set again: indexes on these columns are rebuilt by PostgreSQL itself.

CREATE TYPE "AuditDecision" AS ENUM ('allowed', 'denied');
CREATE TYPE "DriftKind" AS ENUM ('missing', 'unexpected', 'changed');
CREATE TYPE "DriftSeverity" AS ENUM ('low', 'medium', 'high');
CREATE TYPE "DriftState" AS ENUM ('open', 'resolved');
CREATE TYPE "DriftReportStatus" AS ENUM ('pending', 'approved', 'rejected');
CREATE TYPE "DriftChangeStatus" AS ENUM ('pending', 'applied', 'conflict');
CREATE TYPE "SnapshotStatus" AS ENUM ('ok', 'partial', 'failed');
CREATE TYPE "PredictionStatus" AS ENUM ('open', 'resolved', 'withdrawn');
CREATE TYPE "PredictionOutcome" AS ENUM ('yes', 'no', 'ambiguous', 'annulled');
CREATE TYPE "StoryTriage" AS ENUM ('new', 'read', 'saved', 'muted');
CREATE TYPE "StagedStatus" AS ENUM ('pending', 'promoting', 'approved', 'rejected', 'promoted', 'conflict', 'expired');

ALTER TABLE "AuditEvent" ALTER COLUMN "decision" DROP DEFAULT,
  ALTER COLUMN "decision" SET DATA TYPE "AuditDecision" USING "decision"::"AuditDecision",
  ALTER COLUMN "decision" SET DEFAULT 'allowed';

ALTER TABLE "DriftItem" ALTER COLUMN "kind" SET DATA TYPE "DriftKind" USING "kind"::"DriftKind",
  ALTER COLUMN "severity" SET DATA TYPE "DriftSeverity" USING "severity"::"DriftSeverity",
  ALTER COLUMN "state" DROP DEFAULT,
  ALTER COLUMN "state" SET DATA TYPE "DriftState" USING "state"::"DriftState",
  ALTER COLUMN "state" SET DEFAULT 'open';

ALTER TABLE "DriftReport" ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "DriftReportStatus" USING "status"::"DriftReportStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending',
  ALTER COLUMN "changeStatus" SET DATA TYPE "DriftChangeStatus" USING "changeStatus"::"DriftChangeStatus";

ALTER TABLE "ModelSnapshot" ALTER COLUMN "status" SET DATA TYPE "SnapshotStatus" USING "status"::"SnapshotStatus";

ALTER TABLE "Prediction" ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "PredictionStatus" USING "status"::"PredictionStatus",
  ALTER COLUMN "status" SET DEFAULT 'open',
  ALTER COLUMN "outcome" SET DATA TYPE "PredictionOutcome" USING "outcome"::"PredictionOutcome";

ALTER TABLE "PredictionResolution" ALTER COLUMN "outcome" SET DATA TYPE "PredictionOutcome" USING "outcome"::"PredictionOutcome";

ALTER TABLE "StagedItem" ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" SET DATA TYPE "StagedStatus" USING "status"::"StagedStatus",
  ALTER COLUMN "status" SET DEFAULT 'pending';

ALTER TABLE "Story" ALTER COLUMN "triage" DROP DEFAULT,
  ALTER COLUMN "triage" SET DATA TYPE "StoryTriage" USING "triage"::"StoryTriage",
  ALTER COLUMN "triage" SET DEFAULT 'new';
