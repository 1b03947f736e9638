import { describe, expect, it } from 'vitest';
import { ACTIONS, matchesQuery, NAVIGATION, runJobCommand } from './actions';

describe('command palette actions', () => {
  it('runs operations in place and opens the section for actions that need a choice or a form', () => {
    expect(NAVIGATION.map((c) => c.run)).toContainEqual({ href: '/skills' });
    const byId = (id: string) => ACTIONS.find((a) => a.id === id)?.run;
    for (const id of ['rebuild-briefing', 'check-drift', 'validate-skills'])
      expect(byId(id), id).toHaveProperty('task');
    expect(byId('restart-container')).toEqual({ href: '/containers' });
    expect(byId('issue-grant')).toEqual({ href: '/governance' });
  });

  it('offers one run command per job and says when the job will refuse', () => {
    const job = { id: 'infra-health', title: 'Infrastructure health', enabled: true, circuitState: 'closed' };
    const command = runJobCommand(job);
    expect(command).toMatchObject({
      id: 'run-infra-health',
      group: 'Run a job',
      label: 'Run Infrastructure health now',
      hint: undefined,
    });
    expect(command.run).toHaveProperty('task');
    expect(matchesQuery(command, 'run infra')).toBe(true);
    expect(runJobCommand({ ...job, circuitState: 'open' }).hint).toBe('circuit open');
    expect(runJobCommand({ ...job, enabled: false }).hint).toBe('paused');
  });

  it('matches every word of the query against label, keywords and hint', () => {
    const drift = ACTIONS.find((a) => a.id === 'check-drift');
    if (!drift) throw new Error('missing');
    expect(matchesQuery(drift, 'check DRIFT')).toBe(true);
    expect(matchesQuery(drift, 'drift container')).toBe(false);
    expect(matchesQuery(drift, '')).toBe(true);
  });
});
