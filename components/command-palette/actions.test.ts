import { describe, expect, it } from 'vitest';
import { ACTIONS, matchesQuery, NAVIGATION } from './actions';

describe('command palette actions', () => {
  it('has a go-to entry for every section and Buddy actions that open their section', () => {
    expect(NAVIGATION.map((c) => c.run)).toContainEqual({ href: '/skills' });
    expect(ACTIONS.find((a) => a.id === 'run-job')?.run).toEqual({ href: '/jobs' });
    expect(ACTIONS.find((a) => a.id === 'check-drift')?.run).toEqual({ href: '/drift' });
  });

  it('matches every word of the query against label, keywords and hint', () => {
    const drift = ACTIONS.find((a) => a.id === 'check-drift');
    if (!drift) throw new Error('missing');
    expect(matchesQuery(drift, 'check DRIFT')).toBe(true);
    expect(matchesQuery(drift, 'drift container')).toBe(false);
    expect(matchesQuery(drift, '')).toBe(true);
  });
});
