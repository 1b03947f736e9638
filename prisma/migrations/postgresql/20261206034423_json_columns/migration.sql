-- JSON kept as TEXT becomes jsonb in place: the cast keeps every row (an invalid document fails the
-- migration instead of being dropped). A text default cannot be cast automatically, so it is dropped and set again.

ALTER TABLE "Briefing" ALTER COLUMN "sections" SET DATA TYPE JSONB USING "sections"::jsonb,
  ALTER COLUMN "facts" SET DATA TYPE JSONB USING "facts"::jsonb;

ALTER TABLE "Digest" ALTER COLUMN "stories" SET DATA TYPE JSONB USING "stories"::jsonb;

ALTER TABLE "DriftCheck" ALTER COLUMN "rules" SET DATA TYPE JSONB USING "rules"::jsonb;

ALTER TABLE "DriftItem" ALTER COLUMN "declared" SET DATA TYPE JSONB USING "declared"::jsonb,
  ALTER COLUMN "actual" SET DATA TYPE JSONB USING "actual"::jsonb,
  ALTER COLUMN "patch" SET DATA TYPE JSONB USING "patch"::jsonb;

ALTER TABLE "DriftReport" ALTER COLUMN "fingerprints" SET DATA TYPE JSONB USING "fingerprints"::jsonb;

ALTER TABLE "JobRun" ALTER COLUMN "staged" SET DATA TYPE JSONB USING "staged"::jsonb;

ALTER TABLE "ModelChange" ALTER COLUMN "before" SET DATA TYPE JSONB USING "before"::jsonb,
  ALTER COLUMN "after" SET DATA TYPE JSONB USING "after"::jsonb;

ALTER TABLE "ModelObservation" ALTER COLUMN "capabilities" DROP DEFAULT,
  ALTER COLUMN "capabilities" SET DATA TYPE JSONB USING "capabilities"::jsonb,
  ALTER COLUMN "capabilities" SET DEFAULT '[]';

ALTER TABLE "PermissionGrant" ALTER COLUMN "scopes" SET DATA TYPE JSONB USING "scopes"::jsonb,
  ALTER COLUMN "resources" DROP DEFAULT,
  ALTER COLUMN "resources" SET DATA TYPE JSONB USING "resources"::jsonb,
  ALTER COLUMN "resources" SET DEFAULT '[]',
  ALTER COLUMN "usedScopes" DROP DEFAULT,
  ALTER COLUMN "usedScopes" SET DATA TYPE JSONB USING "usedScopes"::jsonb,
  ALTER COLUMN "usedScopes" SET DEFAULT '[]';

ALTER TABLE "Prediction" ALTER COLUMN "tags" DROP DEFAULT,
  ALTER COLUMN "tags" SET DATA TYPE JSONB USING "tags"::jsonb,
  ALTER COLUMN "tags" SET DEFAULT '[]';

ALTER TABLE "StagedItem" ALTER COLUMN "metadata" SET DATA TYPE JSONB USING "metadata"::jsonb;

ALTER TABLE "TrackedModel" ALTER COLUMN "capabilities" DROP DEFAULT,
  ALTER COLUMN "capabilities" SET DATA TYPE JSONB USING "capabilities"::jsonb,
  ALTER COLUMN "capabilities" SET DEFAULT '[]';
