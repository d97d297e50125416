/**
 * Three tiers, selected with --selectProjects (scripts/test.ts picks `unit integration` when none is
 * named, so `pnpm test` never waits on the soak tier):
 * - unit: specs beside the code (*.spec.ts), no database;
 * - integration: test/integration against a real Postgres, Redis and HTTP server, sized to run in seconds;
 * - soak: test/soak, the same behaviours at full size (crash recovery, load), run by `pnpm test:soak`.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

const project = (displayName, testMatch) => ({
  displayName,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': swc },
  testMatch,
});

module.exports = {
  projects: [
    project('unit', ['<rootDir>/packages/**/src/**/*.spec.ts', '<rootDir>/apps/web/src/**/*.spec.ts']),
    project('integration', ['<rootDir>/test/integration/**/*.test.ts']),
    project('soak', ['<rootDir>/test/soak/**/*.test.ts']),
  ],
  // Jest reads the timeout from here, not from a project; soak tests set their own, longer ones.
  testTimeout: 60_000,
  // Three files at once on two cores: integration files spend most of their time waiting (on sweeps,
  // retries, child processes and sockets), not computing.
  maxWorkers: 3,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
