export { createServer, presentedKey, type SextantServer } from './api.server';
export { startSextant, type RunningSextant } from './sextant.server';
export { ensureAdminKey } from './admin-key.service';
export { loadDemoData } from './demo/demo.service';
export { MultipartBodyError, readMultipartParts } from './langsmith-multipart.parser';
