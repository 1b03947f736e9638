/**
 * Dependency rules of DESIGN.md, checked in `npm test`. (Created by the night-jobs work with its own
 * section only; the other rules of DESIGN.md belong above it.)
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---- Job handlers (section owned by the night-jobs work; rules for lib/jobs/handlers go here) ----
    {
      name: 'job-handlers-import-only-context-and-pure-helpers',
      comment:
        'Safety by construction: a job handler reaches the system only through its JobContext (lib/jobs/job-context.ts), so it imports that, the job types, its sibling helpers and pure modules (no database, Docker, queue, filesystem or domain use case). Type-only imports load nothing and are not counted.',
      severity: 'error',
      from: { path: '^lib/jobs/handlers/', pathNot: '\\.test\\.ts$' },
      to: {
        pathNot: [
          '^lib/jobs/handlers/',
          '^lib/jobs/(job-context|types)\\.ts$',
          '^lib/staging/(schemas|fingerprint)\\.ts$',
          '^(node:)?(crypto|path)$',
          '^node_modules/zod/',
        ],
      },
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
