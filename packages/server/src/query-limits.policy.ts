// The checks come from maintained libraries rather than visitors of our own: GraphQL Armor's
// max-depth, max-aliases and max-directives (plain graphql-js validation rules on graphql ^16, which
// Apollo Server 5 and graphql-ws both run) and graphql-query-complexity (graphql ^16 || ^17;
// type-graphql's `complexity` field option writes the extension its fieldExtensionsEstimator reads).
// Tokens are counted by graphql-js's own parser (`maxTokens`, the counter Armor's max-tokens wraps):
// Armor's Apollo form throws from parsingDidStart, which Apollo 5 turns into a 500. Armor's Apollo
// wrapper is not used either: its cost limit knows no page sizes and its errors carry no code of ours.
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { Config } from '@sextant/config';
import {
  type ASTVisitor,
  type DocumentNode,
  type ExecutionArgs,
  getNamedType,
  getOperationAST,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  isInputType,
  isIntrospectionType,
  isListType,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  TypeInfo,
  typeFromAST,
  ValidationContext,
  type ValidationRule,
  validate,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { type ComplexityEstimator, createComplexityRule, fieldExtensionsEstimator } from 'graphql-query-complexity';

/** The one code of every refused operation, whichever limit it broke. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

type Limits = Config['queryLimits'];
type Pages = Config['limits'];

/** An operation refused before it ran: names the limit, its setting and its value; always HTTP 400. */
export class QueryLimitError extends GraphQLError {
  constructor(message: string, setting: string, limit: number) {
    super(`${message} (${setting} is ${limit})`, { extensions: { code: QUERY_TOO_COMPLEX, setting, limit, http: { status: 400 } } });
  }
}

// Armor's messages ("Syntax Error: Aliases limit of 30 exceeded, found 31.") name the count found;
// the setting to change is ours to add.
const armorMessage = (err: GraphQLError) => err.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');

/** Reports an Armor rejection as ours instead of Armor's bare GraphQLError. */
const reportAs = (setting: string, limit: number) => ({
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(new QueryLimitError(armorMessage(err), setting, limit))],
});

/** Validation rules for depth, aliases and directives (run with graphql's own, before anything executes). */
function queryLimitRules(limits: Limits): ValidationRule[] {
  return [
    // Introspection counts too: `ofType { ofType … }` is the one selection the schema does not bound.
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: false, ...reportAs('GRAPHQL_MAX_DEPTH', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs('GRAPHQL_MAX_ALIASES', limits.maxAliases) }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs('GRAPHQL_MAX_DIRECTIVES', limits.maxDirectives) }),
  ] as ValidationRule[];
}

/** Parse options that stop at GRAPHQL_MAX_TOKENS, before a flood is turned into a syntax tree. */
export const parseOptions = (limits: Limits) => ({ maxTokens: limits.maxTokens });

/** The QueryLimitError for graphql-js's "Document contains more than N tokens" (Apollo reports it as a syntax error). */
export function tokenLimitError(e: unknown, limits: Limits): QueryLimitError | undefined {
  const original = e instanceof GraphQLError && e.originalError instanceof GraphQLError ? e.originalError : e;
  if (!(original instanceof GraphQLError) || !/^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(original.message)) return undefined;
  return new QueryLimitError(`More than ${limits.maxTokens} tokens in the document`, 'GRAPHQL_MAX_TOKENS', limits.maxTokens);
}

// Introspection lists (types, fields, args) are bounded by the schema, and graphql-js refuses
// `fields { type { fields … } }` cycles past 3 levels: a small fixed size keeps the schema query
// (about 52,000) near what it really costs instead of MAX_PAGE_SIZE at every level.
const INTROSPECTION_LIST_SIZE = 10;

/**
 * The cost of a field: 1, or the `complexity` its resolver declares (aggregates such as
 * Project.stats), plus its selection times the number of items it can return: `first` (else
 * DEFAULT_PAGE_SIZE, or MAX_SPANS_PER_PAGE for a field marked `pageSize: 'spans'` such as
 * Trace.spans) for paged fields, the page cap MAX_PAGE_SIZE for unpaged lists of objects. A
 * connection's edges are its page, counted once on the connection field. A page of 0 still
 * answers the connection's own fields (totalCount, pageInfo), so its selection counts at least once.
 */
function listEstimator(pages: Pages): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const own = typeof field.extensions?.complexity === 'number' ? field.extensions.complexity : 1;
    if (childComplexity === 0) return own;
    if (isIntrospectionType(type) || field.name.startsWith('__')) {
      return own + childComplexity * (isListType(getNullableType(field.type)) ? INTROSPECTION_LIST_SIZE : 1);
    }
    if (field.args.some((a) => a.name === 'first')) {
      const fallback = field.extensions?.pageSize === 'spans' ? pages.maxSpansPerPage : pages.defaultPageSize;
      const first = typeof args.first === 'number' && args.first >= 0 ? args.first : fallback;
      return own + childComplexity * Math.max(1, first);
    }
    const isConnectionPage = type.name.endsWith('Connection') && field.name === 'edges';
    if (isListType(getNullableType(field.type)) && !isConnectionPage) return own + childComplexity * pages.maxPageSize;
    return own + childComplexity;
  };
}

type ComplexityVisitor = ReturnType<ReturnType<typeof createComplexityRule>>;

/**
 * What graphql-query-complexity does on entering the operation, except that variables of input
 * object types are passed as sent instead of coerced: the estimators read only `first` and
 * @skip/@include, never a field of an input object, and coercing a wide ingest batch here and
 * again in execution cost a tenth of ingestion.
 */
function enterWithScalarVariables(visitor: ComplexityVisitor, operation: OperationDefinitionNode): void {
  const schema = visitor.context.getSchema();
  const sent: Record<string, unknown> = visitor.options.variables ?? {};
  const asSent = new Map<string, unknown>();
  const coerce = (operation.variableDefinitions ?? []).filter((d) => {
    const type = typeFromAST(schema, d.type);
    if (!type || !isInputType(type) || !isInputObjectType(getNamedType(type))) return true;
    const name = d.variable.name.value;
    if (Object.hasOwn(sent, name)) asSent.set(name, sent[name]);
    else if (d.defaultValue) asSent.set(name, valueFromAST(d.defaultValue, type));
    return false;
  });
  const { coerced, errors } = getVariableValues(schema, coerce, sent);
  if (errors) {
    for (const e of errors) visitor.context.reportError(e);
    return;
  }
  visitor.variableValues = { ...coerced, ...Object.fromEntries(asSent) };
  const root = { query: schema.getQueryType(), mutation: schema.getMutationType(), subscription: schema.getSubscriptionType() }[operation.operation];
  visitor.complexity += visitor.nodeComplexity(operation, root ?? undefined);
}

/** getComplexity of graphql-query-complexity, entering the operation as above; throws the last error reported. */
function complexityOf(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown>, estimators: ComplexityEstimator[]): number {
  const typeInfo = new TypeInfo(schema);
  const errors: GraphQLError[] = [];
  const context = new ValidationContext(schema, query, typeInfo, (e) => errors.push(e));
  const visitor = createComplexityRule({ maximumComplexity: Infinity, estimators, variables })(context);
  visitor.OperationDefinition = { enter: (op: OperationDefinitionNode) => enterWithScalarVariables(visitor, op), leave: visitor.onOperationDefinitionLeave };
  visit(query, visitWithTypeInfo(typeInfo, visitor as unknown as ASTVisitor));
  if (errors.length) throw errors.pop();
  return visitor.complexity;
}

/**
 * Throws QueryLimitError when the operation's cost (listEstimator) exceeds GRAPHQL_MAX_COMPLEXITY.
 * Variables that do not fit the operation are left for execution to report.
 */
function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
  pages: Pages,
): void {
  let cost: number;
  try {
    cost = complexityOf(
      schema,
      { ...document, definitions: document.definitions.filter((d) => d.kind !== 'OperationDefinition' || d === operation) },
      variables ?? {},
      // Functions declared with a field (a type-graphql `complexity` estimator) win; numbers are read by listEstimator.
      [(a) => (typeof a.field.extensions?.complexity === 'function' ? fieldExtensionsEstimator()(a) : undefined), listEstimator(pages)],
    );
  } catch (e) {
    if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) {
      throw new QueryLimitError('Too many fields to evaluate', 'GRAPHQL_MAX_COMPLEXITY', limits.maxComplexity);
    }
    return;
  }
  if (cost > limits.maxComplexity) {
    throw new QueryLimitError(
      `Query cost ${cost} exceeds the limit: each field counts 1 (aggregates more), times the page size (first) of the lists it is in`,
      'GRAPHQL_MAX_COMPLEXITY',
      limits.maxComplexity,
    );
  }
}

/** The limits over HTTP: tokens as Apollo parses, the rules with its validation, the cost once variables are known. */
export function queryLimitsPlugin(limits: Limits, pages: Pages): { plugin: ApolloServerPlugin; validationRules: ValidationRule[] } {
  return {
    validationRules: queryLimitRules(limits),
    plugin: {
      requestDidStart: async () => ({
        // Thrown here, Apollo answers with the error's extensions.http status (400).
        didResolveOperation: async (rc) => {
          if (rc.operation) checkComplexity(rc.schema, rc.document, rc.operation, rc.request.variables, limits, pages);
        },
      }),
    },
  };
}

// Apollo's codes, so both transports report a broken document alike (BAD_USER_INPUT, see graphql.errors.ts).
const withCode = (e: unknown, code: string) =>
  e instanceof GraphQLError
    ? new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, extensions: { ...e.extensions, code } })
    : new GraphQLError(String(e), { extensions: { code } });

/**
 * The same limits for an operation arriving over graphql-ws (subscriptions, or queries a client
 * sends there): parsed and validated here, so the library runs what passed and reports the rest.
 */
export function prepareOperation(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  limits: Limits,
  pages: Pages,
): ExecutionArgs | GraphQLError[] {
  try {
    let document: DocumentNode;
    try {
      document = parse(payload.query, parseOptions(limits));
    } catch (e) {
      return [tokenLimitError(e, limits) ?? withCode(e, 'GRAPHQL_PARSE_FAILED')];
    }
    const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules(limits)]);
    if (errors.length) return errors.map((e) => (e instanceof QueryLimitError ? e : withCode(e, 'GRAPHQL_VALIDATION_FAILED')));
    const operation = getOperationAST(document, payload.operationName);
    if (operation) checkComplexity(schema, document, operation, payload.variables ?? undefined, limits, pages);
    return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
  } catch (e) {
    if (e instanceof QueryLimitError) return [e];
    throw e;
  }
}

/** Whether an error is a refused operation (Apollo wraps validation errors in its own class). */
export function isQueryLimitError(e: unknown): e is GraphQLError {
  return e instanceof QueryLimitError || (e instanceof GraphQLError && e.originalError instanceof QueryLimitError);
}
