export { loadDemoData } from './load-demo';
export { buildDemoBatches, buildDemoTraces } from './demo-builder';
export type { DemoBatch } from './demo-batch.type';
