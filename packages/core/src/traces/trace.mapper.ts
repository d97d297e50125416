import { mapEntity } from '../common/mapping.util';
import type { ErrorEntity } from './error.entity';
import { TraceError } from './error.type';
import type { MetricEntity } from './metric.entity';
import { Metric } from './metric.type';
import type { SystemInfoEntity } from './system-info.entity';
import { SystemInfo } from './system-info.type';
import type { UserInteractionEntity } from './user-interaction.entity';
import { UserInteraction } from './user-interaction.type';
import type { TraceEntity } from './trace.entity';
import { Trace } from './trace.type';

// projectId stays on Trace (not as a field) for access checks; the child rows drop it.
/** Maps a trace row to the API type; its input and output columns are `inputs` and `outputs` there, as on spans. */
export const toTrace = (e: TraceEntity): Trace =>
  Object.assign(mapEntity(Trace, e, ['project', 'spanSeq', 'version', 'metricsVersion', 'input', 'output']), { inputs: e.input, outputs: e.output });
/** Maps an error row to the API type. */
export const toTraceError = (e: ErrorEntity): TraceError => mapEntity(TraceError, e, ['projectId', 'trace', 'createdAt']);
/** Maps a metric row to the API type. */
export const toMetric = (e: MetricEntity): Metric => Object.assign(mapEntity(Metric, e, ['projectId', 'trace', 'createdAt']), { comment: e.reason });
/** Maps a system info row to the API type. */
export const toSystemInfo = (e: SystemInfoEntity): SystemInfo => mapEntity(SystemInfo, e, ['projectId', 'trace']);
/** Maps a user interaction row to the API type. */
export const toUserInteraction = (e: UserInteractionEntity): UserInteraction => mapEntity(UserInteraction, e, ['projectId', 'trace', 'createdAt']);
