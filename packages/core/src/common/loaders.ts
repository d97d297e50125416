import type { DataSource } from 'typeorm';
import { createProjectLoaders } from '../projects/project.loaders';
import { createTraceLoaders } from '../traces/trace.loaders';

/** Fresh per request, so batching never leaks rows across requests or principals. */
export function createLoaders(ds: DataSource) {
  return { ...createProjectLoaders(ds), ...createTraceLoaders(ds) };
}

export type Loaders = ReturnType<typeof createLoaders>;
