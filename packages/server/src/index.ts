export type { SextantServer } from './api.server';
export { bootstrap, type BootstrapOptions, type Sextant } from './sextant.bootstrap';
export { MultipartBodyError, readMultipartParts } from './langsmith-multipart.parser';
export { StartupError } from './startup-checks.bootstrap';
export { type DemoLoader, exitOnStartFailure, runApiProcess, runMigrateProcess, runWorkerProcess } from './process.bootstrap';
