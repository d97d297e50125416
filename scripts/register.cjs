// Runs TypeScript sources directly with SWC, which (unlike esbuild) emits the decorator metadata
// that TypeORM and type-graphql read. Points SWC at the root tsconfig wherever node was started.
const path = require('node:path');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
