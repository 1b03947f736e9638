import { describe, expect, it } from 'vitest';
import { getDb } from '../../db/client';
import { env } from '../../env';
import { createPrediction } from '../../intelligence/cassandra/create-prediction';
import { dayIn } from '../../intelligence/sentinel/build-digest';
import { catalogHarness } from '../../../test/jobs/catalog-harness';

const h = catalogHarness();

describe('prediction-updates: the week evidence weighed against open predictions', () => {
  it('nothing to report without open predictions, then without evidence', async () => {
    expect(await h.run('prediction-updates')).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: No open predictions to update.',
    });
    await createPrediction({
      statement: 'An open-weights model tops the coding leaderboard',
      probability: 0.3,
      deadline: new Date(Date.now() + 90 * 86_400_000),
    });
    const run = await h.run('prediction-updates');
    expect(run).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: No news digest or model changes this week to weigh.',
    });
    expect(run.requests).toHaveLength(0);
  });

  it("stages the model's proposal with its evidence; the prediction itself is not edited", async () => {
    const db = await getDb();
    const prediction = await db.prediction.findFirstOrThrow();
    const stories = [
      {
        storyId: 's1',
        title: 'Open-weights model reaches first place in coding benchmark',
        url: null,
        sources: ['feed'],
        score: 10,
      },
    ];
    await db.digest.create({ data: { day: dayIn(env().BUDDY_TZ, new Date()), stories } });
    h.fake().setReply(
      JSON.stringify([
        {
          predictionId: prediction.id,
          probability: 0.7,
          reason: 'The digest reports an open-weights model in first place.',
        },
      ]),
    );

    const run = await h.run('prediction-updates');
    expect(run).toMatchObject({ status: 'succeeded', summary: '1 prediction update(s) proposed', outputs: 1 });
    expect(run.staged.map((s) => [s.kind, s.title])).toEqual([
      ['prediction-update', 'Move "An open-weights model tops the coding leaderboard" to 70%'],
    ]);
    expect(run.staged[0]?.metadata).toMatchObject({
      predictionId: prediction.id,
      probability: 0.7,
    });
    expect(run.prompts[0]).toContain('Open-weights model reaches first place');
    expect(run.prompts[0]).toContain(`${prediction.id}: "An open-weights model tops the coding leaderboard" now 0.3`);
    expect((await db.prediction.findUniqueOrThrow({ where: { id: prediction.id } })).probability).toBe(0.3);
  });

  it('nothing to report when the model proposes no valid change', async () => {
    h.fake().setReply('[]');
    expect(await h.run('prediction-updates')).toMatchObject({
      status: 'succeeded',
      summary: 'Nothing to report: The model proposed no valid changes.',
      outputs: 0,
    });
  });
});
