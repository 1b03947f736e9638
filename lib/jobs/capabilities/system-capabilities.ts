import { buildBriefing } from '../../briefing/build-briefing';
import { runDriftCheck } from '../../drift/run-drift-check';
import { stageWeeklyModelReport } from '../../intelligence/prometheus/stage-weekly-model-report';
import { proposePredictionUpdates } from '../../intelligence/propose-prediction-updates';
import { runCatalogSnapshot, runDailyDigest, runFeedTick } from '../../intelligence/run-jobs';
import { cleanUpStaging, stagingRetention } from '../../staging/clean-up-staging';
import { listRejections } from '../../staging/list-rejections';
import type { StageInput, SystemCapabilities, SystemCapabilityName } from '../job-context';
import { collectInfraFacts } from './infra-facts';

type Binding = {
  runId: string;
  stage: (input: StageInput) => Promise<{ id: string; outcome: string }>;
  complete: (prompt: string) => Promise<string>;
  signal: AbortSignal;
};

/**
 * The powers a few jobs need beyond the common context, each one narrow and named. A job receives
 * only those its catalog entry lists in `capabilities`; whatever they stage goes through the run's
 * own staging ability, so it is checked against `outputs` and counted in the run record.
 */
export function systemCapabilities(names: readonly SystemCapabilityName[], run: Binding): Partial<SystemCapabilities> {
  const all: SystemCapabilities = {
    infraFacts: () => collectInfraFacts(),
    driftCheck: () => runDriftCheck({ trigger: 'schedule', runId: run.runId, stage: run.stage }),
    buildBriefing: (writeProse) => buildBriefing({ trigger: 'schedule', runId: run.runId, writeProse }),
    cleanUpStaging: () => cleanUpStaging(stagingRetention()),
    listRejections: (since) => listRejections(since),
    proposePredictionUpdates: () =>
      proposePredictionUpdates({ stage: run.stage, callModel: run.complete, signal: run.signal }),
    pollFeeds: () => runFeedTick(run.signal),
    snapshotModelCatalogs: () => runCatalogSnapshot(run.signal),
    stageWeeklyModelReport: () => stageWeeklyModelReport({ stage: (item) => run.stage(item) }),
    buildDailyDigest: () => runDailyDigest(),
  };
  return Object.fromEntries(names.map((name) => [name, all[name]]));
}
