export { loadDemoData } from './demo.client';
export { buildDemoBatches, buildDemoTraces } from './demo.builder';
export type { DemoBatch } from './demo-batch.type';
