export { createServer, presentedKey, type SextantServer } from './create-server';
export { startSextant, type RunningSextant } from './start';
export { ensureAdminKey } from './admin-key';
export { MultipartBodyError, readMultipartParts } from './langsmith-multipart-body';
