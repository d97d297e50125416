import { badInput } from '../common/app.errors';
import { pageSize } from '../common/pagination.util';
import type { RequestContext } from '../common/service.context';
import { db } from '../common/transaction.util';
import { ExperimentRunEntity } from '../datasets/experiment.entity';
import { scoresOfTraces } from './experiment-stats.sql';
import { visibleExperiment } from './experiment.service';
import { toExperiment, toExperimentRun } from './experiment.mapper';
import { type ExampleComparison, ExperimentComparison, type ScoreDelta } from './experiment.type';

const delta = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? null : b - a);
const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
const textOf = (output: unknown) =>
  output && typeof output === 'object' && 'text' in output ? String((output as { text: unknown }).text) : JSON.stringify(output ?? null);

/** Two experiments on the same dataset, example by example: both runs, score, latency and cost deltas, whether the output changed. */
export async function compareExperiments(ctx: RequestContext, aId: string, bId: string): Promise<ExperimentComparison> {
  const [a, b] = await Promise.all([visibleExperiment(ctx, aId), visibleExperiment(ctx, bId)]);
  if (a.datasetId !== b.datasetId) throw badInput('Experiments can be compared only when they ran on the same dataset', { argumentName: 'b' });
  const runs = await db(ctx).find(ExperimentRunEntity, { where: [{ experimentId: a.id }, { experimentId: b.id }], order: { createdAt: 'ASC', id: 'ASC' } });
  const scores = await scoresOfTraces(
    ctx,
    runs.map((r) => r.traceId).filter((t): t is string => t !== null),
  );
  const byExample = new Map<string, { a?: ExperimentRunEntity; b?: ExperimentRunEntity }>();
  for (const r of runs) {
    const pair = byExample.get(r.exampleId) ?? {};
    if (r.experimentId === a.id) pair.a = r;
    if (r.experimentId === b.id) pair.b = r;
    byExample.set(r.exampleId, pair);
  }
  const keys = new Set<string>();
  for (const s of scores.values()) for (const key of s.keys()) keys.add(key);
  const sortedKeys = [...keys].sort();
  const scoreOf = (r: ExperimentRunEntity | undefined, key: string) => (r?.traceId ? (scores.get(r.traceId)?.get(key) ?? null) : null);
  const examples: ExampleComparison[] = [...byExample].map(([exampleId, pair]) => ({
    exampleId,
    runA: pair.a ? toExperimentRun(pair.a, a) : null,
    runB: pair.b ? toExperimentRun(pair.b, b) : null,
    scoreDeltas: sortedKeys
      .map((key) => ({ key, a: scoreOf(pair.a, key), b: scoreOf(pair.b, key), delta: delta(scoreOf(pair.a, key), scoreOf(pair.b, key)) }))
      .filter((d) => d.a !== null || d.b !== null),
    latencyDelta: delta(pair.a?.latencyMs, pair.b?.latencyMs),
    costDelta: delta(pair.a?.totalCost, pair.b?.totalCost),
    outputChanged: Boolean(pair.a?.output && pair.b?.output) && textOf(pair.a?.output) !== textOf(pair.b?.output),
    datasetId: a.datasetId,
    datasetVersion: pair.a ? a.datasetVersion : b.datasetVersion,
    projectId: a.projectId,
  }));
  const summary: ScoreDelta[] = sortedKeys.map((key) => {
    const ma = mean(examples.map((e) => e.scoreDeltas.find((d) => d.key === key)?.a).filter((x): x is number => x !== null && x !== undefined));
    const mb = mean(examples.map((e) => e.scoreDeltas.find((d) => d.key === key)?.b).filter((x): x is number => x !== null && x !== undefined));
    return { key, a: ma, b: mb, delta: delta(ma, mb) };
  });
  return Object.assign(new ExperimentComparison(), { a: toExperiment(a), b: toExperiment(b), allExamples: examples, summary });
}

/** A page of a comparison's examples: those of exampleIds (all without it), after the example `after`, at most `first`. */
export function pageExamples(
  ctx: RequestContext,
  c: ExperimentComparison,
  args: { exampleIds?: string[] | null; first?: number | null; after?: string | null },
): ExampleComparison[] {
  const size = pageSize(args.first, ctx.config.limits);
  let list = args.exampleIds ? c.allExamples.filter((e) => args.exampleIds!.includes(e.exampleId)) : c.allExamples;
  if (args.after) {
    const i = list.findIndex((e) => e.exampleId === args.after);
    if (i < 0) throw badInput('after must be an exampleId of this comparison', { argumentName: 'after' });
    list = list.slice(i + 1);
  }
  return list.slice(0, size);
}
