export { createServer, presentedKey, type SextantServer } from './create-server';
export { bootstrap, type BootstrapOptions, type Sextant } from './bootstrap';
export { ensureAdminKey } from './admin-key';
export { MultipartBodyError, readMultipartParts } from './langsmith-multipart-body';
