import type { DataSource } from 'typeorm';
import { groupLoader, rowLoader } from '../common/loader-factory';
import { ErrorEntity } from './error.entity';
import { MetricEntity } from './metric.entity';
import { SpanEntity } from '../spans/span.entity';
import { SystemInfoEntity } from './system-info.entity';
import { UserInteractionEntity } from './user-interaction.entity';
import { TraceEntity } from './trace.entity';

/** Per-request loaders of a trace and everything hanging off it. */
export function createTraceLoaders(ds: DataSource) {
  return {
    traceById: rowLoader(ds, TraceEntity, 'id'),
    spansByTrace: groupLoader(ds, SpanEntity, 'traceId', { startTime: 'ASC', id: 'ASC' }),
    errorsByTrace: groupLoader(ds, ErrorEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    metricsByTrace: groupLoader(ds, MetricEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    userInteractionsByTrace: groupLoader(ds, UserInteractionEntity, 'traceId', { timestamp: 'ASC', id: 'ASC' }),
    systemInfoByTrace: rowLoader(ds, SystemInfoEntity, 'traceId'),
  };
}
