// What the GraphQL helpers of the tests and benches share to take typed operations: documents made
// by `graphql(...)` from test/gql (generated from schema.graphql by `pnpm codegen`) carry their
// result and variables types, so a change to the API breaks the operations at `pnpm typecheck`.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import type { Client, FormattedExecutionResult, Sink } from 'graphql-ws';

/** A typed document: a TypedDocumentString from test/gql, or any TypedDocumentNode. */
export type TypedOperation<R, V> = DocumentTypeDecoration<R, V>;

/**
 * The variables (then the helper's further arguments), which may be left out only when the
 * operation requires none. NoInfer: the document alone decides the types, so wrong variables are
 * an error at the call rather than a widened type.
 */
// `{} extends V`: true when every variable is optional (or there are none), the usual test for it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type VariablesThen<V, Rest extends unknown[] = []> = {} extends V ? [variables?: NoInfer<V>, ...Rest] : [variables: NoInfer<V>, ...Rest];

/** The text to send: the generated documents are strings already; a DocumentNode is printed. */
export function operationText(op: string | TypedOperation<unknown, never>): string {
  return typeof op === 'object' && 'kind' in op ? print(op as DocumentNode) : String(op);
}

/** graphql-ws's subscribe, with the data's type taken from the document. */
export function subscribeTyped<R, V>(
  client: Client,
  doc: TypedOperation<R, V>,
  variables: NoInfer<V>,
  sink: Sink<FormattedExecutionResult<R, unknown>>,
): () => void {
  return client.subscribe<R>({ query: operationText(doc), variables: variables as Record<string, unknown> }, sink);
}

/**
 * Narrows a union or interface result (a span) to one member by its __typename, which the operation
 * must select: another member fails the test rather than reading a field it lacks as undefined.
 */
export function ofType<T extends { __typename?: string }, N extends NonNullable<T['__typename']>>(x: T, typename: N): Extract<T, { __typename?: N }> {
  if (x.__typename !== typename) throw new Error(`expected a ${typename}, got ${x.__typename ?? 'no __typename (select it in the operation)'}`);
  return x as Extract<T, { __typename?: N }>;
}
