import type { DataSource } from 'typeorm';
import { createProjectLoaders } from '../projects/project.loaders';
import { createTraceLoaders } from '../traces/trace.loaders';
import { createForwardLoaders } from '../langsmith-forward/langsmith-forward.loaders';

/** Fresh per request, so batching never leaks rows across requests or principals. */
export function createLoaders(ds: DataSource) {
  return { ...createProjectLoaders(ds), ...createTraceLoaders(ds), ...createForwardLoaders(ds) };
}

export type Loaders = ReturnType<typeof createLoaders>;
