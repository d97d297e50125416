export { createServer, presentedKey, type SextantServer } from './api.server';
export { bootstrap, type BootstrapOptions, type Sextant } from './sextant.bootstrap';
export { ensureAdminKey } from './admin-key.service';
export { MultipartBodyError, readMultipartParts } from './langsmith-multipart.parser';
