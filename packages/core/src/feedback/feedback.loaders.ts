import type { DataSource } from 'typeorm';
import { ApiKeyEntity } from '../auth/api-key.entity';
import type { LoaderCache } from '../common/loader-cache.util';
import { rowLoader } from '../common/loader-factory.util';

/** The feedback context's loaders of this request. */
export const feedbackLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createFeedbackLoaders);

/** Per-request loaders of the feedback context: the keys that wrote feedback, for their names. */
function createFeedbackLoaders(ds: DataSource) {
  return { keyById: rowLoader(ds, ApiKeyEntity, 'id') };
}
