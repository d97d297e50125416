/** Copies an entity's columns onto an API type instance, leaving out the keys the API must not carry. */
export function mapEntity<T extends object, E extends object, K extends keyof E>(Target: new () => T, entity: E, omit: readonly K[]): T {
  const copy: Partial<E> = { ...entity };
  for (const k of omit) delete copy[k];
  return Object.assign(new Target(), copy);
}
