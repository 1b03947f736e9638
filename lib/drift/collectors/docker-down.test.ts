import { createServer } from 'node:net';
import { beforeAll, expect, it } from 'vitest';
import { resetEnvForTests } from '../../env';
import { detectDrift } from '../detect-drift';
import { makeFixtureRoots } from '../testing/fixture-roots';

// DOCKER_HOST points at a local port nobody listens on: the check must report it, not crash.
beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const p = (srv.address() as { port: number }).port;
      srv.close(() => resolve(p));
    });
  });
  makeFixtureRoots('buddy.role');
  process.env.DOCKER_HOST = `tcp://127.0.0.1:${port}`;
  resetEnvForTests();
});

it('reports "Docker engine unreachable" as a drift item of its own', async () => {
  const { findings } = await detectDrift();
  expect(findings.map((f) => [f.resource, f.kind, f.severity])).toEqual([['collector.docker', 'missing', 'high']]);
  expect(findings[0]?.message).toMatch(/Docker engine unreachable.*ECONNREFUSED/);
});
