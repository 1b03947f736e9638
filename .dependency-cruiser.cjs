/**
 * The dependency rules of DESIGN.md ("Dependency rules"), checked by `npm run deps` (part of `npm test`).
 * app/ -> components/, lib/; workers/ -> lib/; lib/<domain> -> other domains' use cases and
 * infrastructure; infrastructure -> no domain; components/ -> no server module; no cycles.
 */

// Infrastructure: what every domain may use and what may use no domain.
const INFRA = '^lib/(db|redis|queue|docker|api|events|fs)/|^lib/(env|log)\\.ts$';
// Server modules a browser bundle must never pull in (each starts with `import 'server-only'`).
const SERVER_ONLY = '^lib/(db|redis|docker)/';
// Tests may reach across layers to set a scene up (a route's test beside the use case it covers).
const TESTS = '\\.test\\.tsx?$';
// Job handlers: the core ones, and those other domains contribute to the catalog.
const JOB_HANDLERS = '^lib/jobs/handlers/|^lib/[^/]+/job-handlers(\\.ts$|/)';
// The job lists other domains contribute (lib/jobs/catalog.ts imports them into CONTRIBUTED).
const CONTRIBUTED_LISTS = '^lib/(?!jobs/)[^/]+/jobs\\.ts$';
const HANDLER_MAY_IMPORT = [
  '^lib/jobs/handlers/',
  '^lib/[^/]+/job-handlers(\\.ts$|/)',
  '^lib/jobs/(job-context|types)\\.ts$',
  '^lib/staging/(schemas|fingerprint)\\.ts$',
  '^(node:)?(crypto|path)$',
  '^node_modules/zod/',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-ui-or-process',
      comment: 'lib/ holds domains and infrastructure; routes, pages, components and the worker process sit above it.',
      severity: 'error',
      from: { path: '^lib/', pathNot: TESTS },
      to: { path: '^(app|components|workers)/' },
    },
    {
      name: 'infra-imports-no-domain',
      comment:
        'Infrastructure (db, redis, queue, docker, api, events, fs, env, log) knows no domain; domain behaviour is bound in (lib/api/handler.ts takes its authenticator from lib/auth/api-route.ts).',
      severity: 'error',
      from: { path: INFRA, pathNot: TESTS },
      to: { path: '^lib/', pathNot: `${INFRA}|^lib/db/generated/` },
    },
    {
      name: 'routes-use-no-prisma',
      comment: 'Routes call use cases; only lib/<domain> uses the database, Redis and Docker clients.',
      severity: 'error',
      from: { path: '^app/', pathNot: TESTS },
      to: { path: '^lib/(db|redis|docker)/|@prisma/client' },
    },
    {
      name: 'workers-import-only-lib',
      comment: 'The worker process runs jobs from lib/; it never loads routes, pages or components.',
      severity: 'error',
      from: { path: '^workers/', pathNot: TESTS },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'components-reach-no-server-module',
      comment: 'Browser code never pulls the database, Redis or Docker clients in, not even through a helper.',
      severity: 'error',
      from: { path: '^components/', pathNot: TESTS },
      to: { path: SERVER_ONLY, reachable: true },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle between modules (and so between domains) makes their order of loading and of change unclear.',
      severity: 'error',
      from: { path: '^(app|components|lib|workers)/', pathNot: TESTS },
      to: { circular: true },
    },

    {
      name: 'staging-imports-no-other-domain',
      comment:
        'Staging stores and decides every kind alike; the domains that own a kind declare what its decisions do (lib/<domain>/staged-kinds.ts) and lib/staged-kinds/ binds them. Staging may use infrastructure, the audit trail and the governance rules it enforces (neither of which imports staging), nothing else.',
      severity: 'error',
      from: { path: '^lib/staging/', pathNot: TESTS },
      to: { path: '^lib/', pathNot: `^lib/staging/|${INFRA}|^lib/db/generated/|^lib/(audit|governance)/` },
    },
    {
      name: 'staged-kinds-bound-only-at-the-edge',
      comment:
        'lib/staged-kinds/ imports every domain that owns a kind; a domain importing it would close a cycle through itself. Routes, scripts and tests use it; a domain that needs a decision takes it as an argument (lib/drift/decide-drift-report.ts).',
      severity: 'error',
      from: { path: '^lib/', pathNot: `^lib/staged-kinds/|${TESTS}` },
      to: { path: '^lib/staged-kinds/' },
    },

    // ---- Job handlers (section owned by the night-jobs work; rules for lib/jobs/handlers go here) ----

    {
      name: 'job-handlers-import-only-context-and-pure-helpers',
      comment:
        'Safety by construction: a job handler reaches the system only through its JobContext (lib/jobs/job-context.ts), so it imports that, the job types, the handler helpers and pure modules (no database, Docker, queue, filesystem or domain use case). It covers the core handlers (lib/jobs/handlers/) and the handlers other domains contribute (lib/<domain>/job-handlers.ts or lib/<domain>/job-handlers/). Type-only imports load nothing and are not counted.',
      severity: 'error',
      from: { path: JOB_HANDLERS, pathNot: TESTS },
      to: { pathNot: HANDLER_MAY_IMPORT },
    },
    {
      name: 'contributed-job-lists-hold-only-schedules-and-handlers',
      comment:
        "A domain's contributed job list (lib/<domain>/jobs.ts, in the catalog's CONTRIBUTED) names schedules, grants and handlers: it imports its job-handlers, the job types and env (a schedule may follow a setting), never a use case a handler could call around its context.",
      severity: 'error',
      from: { path: CONTRIBUTED_LISTS, pathNot: TESTS },
      to: { pathNot: [...HANDLER_MAY_IMPORT, '^lib/env\\.ts$'] },
    },
    // ---- end of job handlers section ----
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|dist|lib/db/generated|docker/gateway/extensions/[^/]+/dist)/' },
    // Type-only imports vanish at compile time: they load nothing and make no cycle at run time.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
