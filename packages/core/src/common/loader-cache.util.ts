import type { DataSource } from 'typeorm';

/**
 * The DataLoaders of one request or job, created on first use. Each context declares its own
 * factory and reads its loaders through it, so no module has to list every context's loaders.
 */
export class LoaderCache {
  private readonly made = new Map<(ds: DataSource) => unknown, unknown>();

  constructor(private readonly ds: DataSource) {}

  /** The loaders `factory` makes, made once per cache. */
  get<T>(factory: (ds: DataSource) => T): T {
    if (!this.made.has(factory)) this.made.set(factory, factory(this.ds));
    return this.made.get(factory) as T;
  }
}
