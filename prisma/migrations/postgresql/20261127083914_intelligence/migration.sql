-- CreateTable
CREATE TABLE "ModelSnapshot" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "etag" TEXT,
    "lastModified" TEXT,
    "contentHash" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error" TEXT,
    "modelCount" INTEGER NOT NULL DEFAULT 0,
    "asOf" TIMESTAMP(3),

    CONSTRAINT "ModelSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelObservation" (
    "id" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT,
    "inputPerMTok" TEXT,
    "outputPerMTok" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "capabilities" TEXT NOT NULL DEFAULT '[]',
    "deprecatedAt" TEXT,

    CONSTRAINT "ModelObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrackedModel" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "family" TEXT,
    "inputPerMTok" TEXT,
    "outputPerMTok" TEXT,
    "contextWindow" INTEGER,
    "maxOutputTokens" INTEGER,
    "capabilities" TEXT NOT NULL DEFAULT '[]',
    "deprecatedAt" TEXT,
    "missingCount" INTEGER NOT NULL DEFAULT 0,
    "removedAt" TIMESTAMP(3),
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackedModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelChange" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prediction" (
    "id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "source" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "outcome" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolutionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Prediction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PredictionUpdate" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "probability" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PredictionUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PredictionResolution" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PredictionResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "intervalSeconds" INTEGER NOT NULL DEFAULT 3600,
    "nextFetchAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" TIMESTAMP(3),
    "lastStatus" TEXT,
    "lastError" TEXT,
    "parseFailures" INTEGER NOT NULL DEFAULT 0,
    "backoffLevel" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "disabledReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedFetch" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL,
    "httpStatus" INTEGER,
    "error" TEXT,
    "newItems" INTEGER NOT NULL DEFAULT 0,
    "updatedItems" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "FeedFetch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL,
    "feedId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "url" TEXT,
    "canonicalUrl" TEXT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "author" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "blocked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleKey" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,
    "triage" TEXT NOT NULL DEFAULT 'new',

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedRule" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "pattern" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Digest" (
    "id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stories" TEXT NOT NULL,

    CONSTRAINT "Digest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ModelSnapshot_source_fetchedAt_idx" ON "ModelSnapshot"("source", "fetchedAt");

-- CreateIndex
CREATE INDEX "ModelObservation_snapshotId_idx" ON "ModelObservation"("snapshotId");

-- CreateIndex
CREATE INDEX "ModelObservation_modelId_idx" ON "ModelObservation"("modelId");

-- CreateIndex
CREATE INDEX "TrackedModel_provider_idx" ON "TrackedModel"("provider");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedModel_source_modelId_key" ON "TrackedModel"("source", "modelId");

-- CreateIndex
CREATE INDEX "ModelChange_provider_at_idx" ON "ModelChange"("provider", "at");

-- CreateIndex
CREATE INDEX "ModelChange_at_idx" ON "ModelChange"("at");

-- CreateIndex
CREATE INDEX "Prediction_status_deadline_idx" ON "Prediction"("status", "deadline");

-- CreateIndex
CREATE INDEX "PredictionUpdate_predictionId_at_idx" ON "PredictionUpdate"("predictionId", "at");

-- CreateIndex
CREATE INDEX "PredictionResolution_predictionId_at_idx" ON "PredictionResolution"("predictionId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "FeedFetch_feedId_at_idx" ON "FeedFetch"("feedId", "at");

-- CreateIndex
CREATE INDEX "FeedItem_canonicalUrl_idx" ON "FeedItem"("canonicalUrl");

-- CreateIndex
CREATE INDEX "FeedItem_storyId_idx" ON "FeedItem"("storyId");

-- CreateIndex
CREATE INDEX "FeedItem_publishedAt_idx" ON "FeedItem"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_guid_key" ON "FeedItem"("feedId", "guid");

-- CreateIndex
CREATE INDEX "Story_firstSeenAt_idx" ON "Story"("firstSeenAt");

-- CreateIndex
CREATE UNIQUE INDEX "Digest_day_key" ON "Digest"("day");

-- AddForeignKey
ALTER TABLE "ModelObservation" ADD CONSTRAINT "ModelObservation_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "ModelSnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredictionUpdate" ADD CONSTRAINT "PredictionUpdate_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PredictionResolution" ADD CONSTRAINT "PredictionResolution_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedFetch" ADD CONSTRAINT "FeedFetch_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
