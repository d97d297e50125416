// ESLint flat config: typescript-eslint's recommended rules, one-way dependencies between the
// folders of packages/core/src and between workspace packages, no import cycles, no unused code,
// and kebab-case file names with a role suffix in packages/*/src.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import checkFile from 'eslint-plugin-check-file';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way dependencies inside packages/core/src, lowest layer first. Edit this list when core's
// folders move. A folder may import the folders of EARLIER layers only, never a later one. Folders
// of the same layer are siblings and may not import each other, unless they are wrapped together in
// an inner array (a group whose members may import each other: use it deliberately, it is a cycle).
// The files at the root of packages/core/src (index.ts, schema.ts) sit above every layer.
const CORE_LAYERS = [
  ['common'],
  ['projects'],
  ['auth', 'rollups', 'prompts'],
  ['traces'],
  ['spans', 'pricing'],
  ['metrics', 'ingest'],
  // Evaluation data: scores on traces, datasets with their examples and experiments.
  ['feedback', 'datasets'],
  // Inbound adapters (over ingest), outbound forwarding, live events and the read-only views.
  ['langsmith-ingest', 'langsmith-datasets', 'otlp-ingest', 'langsmith-forward', 'live', 'sessions', 'compare', 'queues', 'annotation'],
  // Experiments: runs of prompt versions over datasets, their scores, leaderboards and comparisons.
  ['experiments'],
  // The composition: change participants, app services, job handlers.
  ['runtime'],
  // Every entity and migration, for the data source.
  ['database'],
];

// The same for the workspace packages (packages/*); apps/* may import any package, no other app.
const PACKAGE_LAYERS = [['config', 'demo'], ['jobs'], ['core'], ['server']];

// In packages/*/src every file name is kebab-case and ends in a role from this list
// (`trace.entity.ts`, `api-key.service.spec.ts`), except the names in ROLELESS_FILES.
const ROLE_SUFFIXES = [
  // data shapes
  'entity', // TypeORM entity
  'type', // GraphQL object type
  'input', // GraphQL input type
  'result', // GraphQL result / union type
  'schemas', // zod schemas and their parsing
  'fixtures', // fixed data sets (demo data)
  // API surface
  'resolver', // GraphQL resolver
  'routes', // HTTP routes (express router)
  'server', // HTTP / WebSocket server
  'page', // HTML page
  'errors', // error classes and their formatting
  // logic
  'service', // operations on the database for a request context
  'loaders', // DataLoaders
  'mapper', // entity to GraphQL / wire mapping
  'sql', // raw SQL
  'validate', // validation of incoming data
  'parser', // parsing of a wire format
  'compute', // pure computations
  'store', // persistence of computed results
  'figures', // figures derived from stored aggregates
  'events', // event payloads
  'wire', // wire format of a protocol
  // outside world
  'client', // client of an external system (HTTP API, queue backend)
  'worker', // queue consumers
  // composition
  'bootstrap', // boots a process
  'context', // request and job contexts and their contracts
  'participant', // follows committed changes (after-commit work)
  'handlers', // job handlers
  // ingestion steps (validate is above)
  'price',
  'write',
  // the rest
  'util', // small helpers with no state of their own
  'types', // TypeScript types only
  'policy', // authorisation rules
  'registry', // lists of everything of a kind (entities)
  'factory', // builds one of several implementations
  'bus', // live event buses
  'hub', // the live events of one process
  'stream', // bounded per-subscription streams
  'feed', // shared live feeds
  'tree', // span tree placement
  'data', // plain data sets (demo scenarios)
  'builder', // turns data into ingest batches
  // tests
  'spec',
];
// index.ts: a package's public surface; schema.ts: core's composition of every resolver.
const ROLELESS_FILES = ['index.ts', 'schema.ts'];
// TypeORM migrations keep their timestamp-first names.
const ROLELESS_FOLDERS = ['packages/*/src/database/migrations/**'];

const KEBAB = '+([a-z0-9])*(-+([a-z0-9]))';

// Elements of the boundaries plugin: a folder of packages/core/src is a 'core' element named after
// the folder; the rest of a package (its root files, like core's index.ts) is a 'package' element.
const coreFolder = (name) => ({ element: { type: 'core', captured: { name } } });
const workspacePackage = (name) =>
  name === 'core'
    ? [{ element: { type: 'package', captured: { name } } }, { element: { type: 'core' } }]
    : [{ element: { type: 'package', captured: { name } } }];

/**
 * Generates boundaries/dependencies policies from an ordered list of layers: each member may not
 * import its siblings (outside its own group) nor any member of a later layer.
 */
function layerPolicies(layers, selector, listName) {
  const groups = layers.map((layer) => layer.map((entry) => (Array.isArray(entry) ? entry : [entry])));
  return groups.flatMap((layer, i) => {
    const later = groups.slice(i + 1).flat(2);
    return layer.flatMap((group) => {
      const forbidden = [...layer.filter((g) => g !== group).flat(), ...later];
      if (forbidden.length === 0) return [];
      return group.map((name) => ({
        from: selector(name),
        disallow: { to: forbidden.flatMap(selector) },
        message: `'${name}' (layer ${i + 1} of ${listName} in eslint.config.mjs) may not import '{{ to.element.captured.name }}', a sibling or a later layer`,
      }));
    });
  });
}

// A folder missing from CORE_LAYERS would escape the check: make that loud instead.
const coreFolders = readdirSync(new URL('packages/core/src/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const unlisted = coreFolders.filter((f) => !CORE_LAYERS.flat(2).includes(f));
if (unlisted.length > 0) throw new Error(`eslint.config.mjs: add ${unlisted.join(', ')} to CORE_LAYERS`);

export default defineConfig(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'infra/**', 'coverage/**', 'test/gql/**', 'apps/web/src/gql/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read untyped GraphQL and wire payloads; typing every response would add nothing.
    files: ['test/**', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The web UI runs in the browser; React's rules of hooks catch the stale closures and missing
  // dependencies that a live view would otherwise show as wrong data.
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: reactHooks.configs.flat.recommended.plugins,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A note for the React Compiler, which the build does not use: TanStack Table is fine without it.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Imports: file-level cycles anywhere, folder and package layers.
  {
    files: ['apps/**/*.ts', 'packages/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX, boundaries },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      'import/resolver': { typescript: { project: 'tsconfig.json' } },
      'boundaries/include': ['apps/**', 'packages/**', 'test/**', 'scripts/**'],
      'boundaries/elements': [
        { type: 'core', pattern: 'packages/core/src/*', capture: ['name'], partialMatch: false },
        { type: 'package', pattern: 'packages/*', capture: ['name'], partialMatch: false },
        { type: 'app', pattern: 'apps/*', capture: ['name'], partialMatch: false },
        { type: 'test', pattern: 'test', partialMatch: false },
        { type: 'scripts', pattern: 'scripts', partialMatch: false },
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            ...layerPolicies(CORE_LAYERS, coreFolder, 'CORE_LAYERS'),
            {
              from: { element: { type: 'core' } },
              disallow: { to: { element: { type: 'package', captured: { name: 'core' } } } },
              message: "a folder of packages/core/src may not import the package's root files ({{ to.file.path }}): they sit above every layer",
            },
            ...layerPolicies(PACKAGE_LAYERS, workspacePackage, 'PACKAGE_LAYERS'),
            {
              from: [{ element: { type: 'package' } }, { element: { type: 'core' } }],
              disallow: { to: { element: { type: 'app' } } },
              message: 'packages never import apps',
            },
            {
              from: { element: { type: 'app' } },
              disallow: { to: { element: { type: 'app', captured: { name: '!{{ from.element.captured.name }}' } } } },
              message: 'an app may not import another app ({{ to.element.captured.name }})',
            },
          ],
        },
      ],
    },
  },

  // File names: kebab-case everywhere, a role suffix in packages/*/src.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.cjs', '**/*.mjs'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': `${KEBAB}*(.${KEBAB})` }],
      'check-file/folder-naming-convention': ['error', { '{apps,packages,test,scripts}/**/': KEBAB }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ROLELESS_FOLDERS,
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.ts': `@(${ROLELESS_FILES.map((f) => f.replace(/\.ts$/, '')).join('|')}|${KEBAB}.@(${ROLE_SUFFIXES.join('|')})?(.spec))` },
        {
          errorMessage: "'{{ target }}' needs a kebab-case name and a role suffix (x.service.ts, x.entity.ts...): see ROLE_SUFFIXES in eslint.config.mjs",
        },
      ],
    },
  },
);
