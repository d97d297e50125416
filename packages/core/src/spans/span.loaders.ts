import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { groupLoader } from '../common/loader-factory.util';
import { SpanEntity } from './span.entity';

/** The spans context's loaders of this request or job. */
export const spanLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createSpanLoaders);

/** Per-request loaders of spans. */
function createSpanLoaders(ds: DataSource) {
  return {
    spansByTrace: groupLoader(ds, SpanEntity, 'traceId', { startTime: 'ASC', id: 'ASC' }),
  };
}
