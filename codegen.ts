// Types the GraphQL operations of the tests and benches from the committed schema.graphql, so that an
// API change breaks them at `pnpm typecheck` (`pnpm codegen` writes test/gql/, `pnpm codegen:check`
// fails when it is stale).
//
// Why the client preset: operations stay written where they are used, as graphql(`...`), and the
// generated graphql() overloads give each one its result and variables types; typed-document-node
// alone would move every operation to a .graphql file and an imported FooDocument. Its documents are
// strings (documentMode 'string'): the helpers send their text, with no parse or print in
// the benches' timed requests, and graphql-ws takes a string query. Only named operations are
// generated (the preset skips anonymous ones), and names are unique across test/.
//
// Why @graphql-codegen/cli 6 with client-preset 5 rather than cli 7 / preset 6: cli 7 needs listr2 10,
// which requires Node 22.13, and the project runs on Node 20. (cli 6 still pulls in the URL schema
// loader, whose newest releases declare Node 22; it is never called for a file schema.)
//
// A second target types the web UI's operations (apps/web/src/gql), with the same scalars. There the
// documents are parsed ASTs (documentMode 'document', the preset's default): urql keys its cache and
// deduplication by the parsed document, and a string would be parsed again in the browser on each use.
import type { CodegenConfig } from '@graphql-codegen/cli';

// JSON values have no schema: a reader narrows what it reads as it pleases.
const SCALARS = {
  DateTimeISO: 'string',
  JSON: { input: 'unknown', output: 'any' },
  JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, any>' },
  // Ingest inputs: typed as the values a valid item holds (a test sending a bad one says so with a cast).
  LenientBoolean: 'boolean',
  LenientDateTime: 'string | number',
  LenientFloat: 'number',
  LenientID: 'string',
  LenientInt: 'number',
  LenientJSONObject: 'Record<string, unknown>',
  LenientRunType: 'string',
  LenientSpanStatus: 'string',
  LenientString: 'string',
  LenientTraceStatus: 'string',
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Only graphql(`...`) marks an operation (graphqlDoc where a module's own `graphql` is a request
  // function, as in bench-kit): the helpers' s.gql(`...`) take plain text for dynamic ones.
  pluckConfig: { globalGqlIdentifierName: ['graphql', 'graphqlDoc'], gqlMagicComment: 'graphql' },
  generates: {
    'test/gql/': {
      documents: ['test/**/*.ts', '!test/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        // String unions, so variables take the values the API documents ('ADMIN'), not a TS enum.
        enumsAsTypes: true,
        // Inputs, enums and scalars only: results are typed per operation, not as copies of object types.
        onlyOperationTypes: true,
        useTypeImports: true,
        // A selected field is always in the answer, null or not: `x: T | null`, not `x?: T | null`.
        avoidOptionals: { field: true },
        scalars: SCALARS,
      },
    },
    'apps/web/src/gql/': {
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true },
        scalars: SCALARS,
      },
    },
  },
};

export default config;
