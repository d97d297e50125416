/**
 * Weights of expensive fields for the GraphQL cost limit (GRAPHQL_MAX_COMPLEXITY), given as the
 * `complexity` option of their resolvers; every other field costs 1. The server multiplies a
 * field's selection by its page size, so these are the cost of one call.
 */
export const QUERY_COST = {
  /** An aggregate over a time range of a project's traces and spans (rollups plus raw edge hours). */
  rangeAggregate: 100,
  /** An aggregate over every trace of a project, or of a project's sessions. */
  projectAggregate: 50,
  /** A few counts or lookups outside the main tables (queue depths, forwarding counters, one session). */
  counters: 10,
  /** A connection's totalCount: at most MAX_EXACT_COUNT + 1 index entries read, then a planner estimate. */
  count: 20,
} as const;
