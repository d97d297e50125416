import type { ExperimentEntity, ExperimentRunEntity } from '../datasets/experiment.entity';
import type { EvaluatorSpec } from './evaluators.compute';
import {
  Experiment,
  type ExperimentEvaluator,
  type ExperimentKindEnum,
  ExperimentRun,
  type ExperimentRunStatusEnum,
  type ExperimentStatusEnum,
} from './experiment.type';

/** An experiment row as its GraphQL type. */
export function toExperiment(e: ExperimentEntity): Experiment {
  return Object.assign(new Experiment(), {
    id: e.id,
    projectId: e.projectId,
    name: e.name,
    description: e.description,
    kind: e.kind as ExperimentKindEnum,
    datasetId: e.datasetId,
    datasetVersion: e.datasetVersion,
    promptVersionId: e.promptVersionId,
    model: e.model,
    parameters: e.parameters,
    evaluators: (e.evaluators as EvaluatorSpec[]).map((s): ExperimentEvaluator => ({ kind: s.kind, key: s.key, options: s.options })),
    concurrency: e.concurrency,
    status: e.status as ExperimentStatusEnum,
    exampleCount: e.exampleCount,
    completedCount: e.completedCount,
    failedCount: e.failedCount,
    metadata: e.metadata,
    error: e.error,
    createdAt: e.createdAt,
    startedAt: e.startedAt,
    finishedAt: e.finishedAt,
  });
}

/** A run row as its GraphQL type; it carries its experiment's dataset version so its example can be read as it was. */
export function toExperimentRun(r: ExperimentRunEntity, experiment: Pick<ExperimentEntity, 'datasetId' | 'datasetVersion'>): ExperimentRun {
  return Object.assign(new ExperimentRun(), {
    id: r.id,
    experimentId: r.experimentId,
    projectId: r.projectId,
    exampleId: r.exampleId,
    traceId: r.traceId,
    status: r.status as ExperimentRunStatusEnum,
    output: r.output,
    error: r.error,
    latencyMs: r.latencyMs,
    promptTokens: r.promptTokens,
    completionTokens: r.completionTokens,
    totalTokens: r.totalTokens,
    totalCost: r.totalCost,
    attempts: r.attempts,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    datasetId: experiment.datasetId,
    datasetVersion: experiment.datasetVersion,
  });
}
