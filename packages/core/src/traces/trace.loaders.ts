import type { DataSource } from 'typeorm';
import type { LoaderCache } from '../common/loader-cache.util';
import { groupLoader, rowLoader } from '../common/loader-factory.util';
import { ErrorEntity } from './error.entity';
import { MetricEntity } from './metric.entity';
import { SystemInfoEntity } from './system-info.entity';
import { UserInteractionEntity } from './user-interaction.entity';
import { TraceEntity } from './trace.entity';

/** The traces context's loaders of this request or job. */
export const traceLoaders = (ctx: { loaders: LoaderCache }) => ctx.loaders.get(createTraceLoaders);

/** Per-request loaders of a trace and the rows hanging off it. */
function createTraceLoaders(ds: DataSource) {
  return {
    traceById: rowLoader(ds, TraceEntity, 'id'),
    errorsByTrace: groupLoader(ds, ErrorEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    metricsByTrace: groupLoader(ds, MetricEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    userInteractionsByTrace: groupLoader(ds, UserInteractionEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    systemInfoByTrace: rowLoader(ds, SystemInfoEntity, 'traceId'),
  };
}
