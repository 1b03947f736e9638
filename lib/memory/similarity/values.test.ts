import { describe, expect, it } from 'vitest';
import { featuresOf } from './features';
import { MemorySimilarity } from './memory-similarity';
import { disagreements, extractValues } from './values';

const values = (text: string) =>
  Object.fromEntries([...extractValues(text).values].map(([kind, set]) => [kind, [...set].sort()]));

describe('values a note states', () => {
  it('reads ports, versions, paths, dates, times, addresses and names, without the superseded one', () => {
    expect(values('Postgres moved from port 5432 to 5433.')).toEqual({ number: ['5433'] });
    expect(values('Postgres on localhost:5432')).toEqual({ address: ['localhost'], number: ['5432'] });
    expect(values('Gateway runs OpenClaw v1.6.0 from /opt/openclaw/bin')).toEqual({
      number: ['1.6.0'],
      path: ['/opt/openclaw/bin'],
    });
    expect(values('Offsite on March 12, 2026 at 09:30')).toEqual({ date: ['2026-03-12'], time: ['09:30'] });
    expect(values('The database is named buddy_prod; alerts to ops@example.dev')).toEqual({
      address: ['ops@example.dev'],
      name: ['buddy_prod'],
    });
  });

  it('disagrees only when each side states a value the other does not', () => {
    const a = extractValues('Postgres 15 on port 5432').values;
    expect(disagreements(a, extractValues('Postgres on port 5432').values)).toEqual([]);
    expect(disagreements(a, extractValues('Postgres 15 on port 5433').values)).toEqual([
      { kind: 'number', mine: ['5432'], theirs: ['5433'] },
    ]);
  });

  it('folds stop words, synonyms and inflections, and keeps the subject apart from attribute words', () => {
    const subject = featuresOf('The Postgres DB was moved to port 5433').subject;
    expect([...subject]).toEqual([...featuresOf('postgresql database').terms]);
    expect([...featuresOf('deploying repos').terms]).toEqual([...featuresOf('deployment repository').terms]);
  });
});

describe('the issue 17 example', () => {
  it('calls a pinned "Postgres on port 5432" and an approved "moved to 5433" a possible contradiction', () => {
    const memory = MemorySimilarity.build([
      { id: 'pinned', text: 'Postgres on port 5432' },
      { id: 'redis', text: 'Redis on port 6379' },
      { id: 'reworded', text: 'The owner likes dark mode in editors' },
      { id: 'original', text: 'Owner prefers dark mode in every editor.' },
    ]);
    expect(memory.probe('Postgres moved to 5433')).toEqual([
      expect.objectContaining({
        id: 'pinned',
        kind: 'contradiction',
        disagreements: [{ kind: 'number', mine: ['5433'], theirs: ['5432'] }],
      }),
    ]);
    expect(memory.pairs()).toEqual([expect.objectContaining({ kind: 'duplicate', a: 'reworded', b: 'original' })]);
  });
});
