import { GraphQLBoolean, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLScalarType, GraphQLString, valueFromASTUntyped } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { RunTypeEnum, SpanStatusEnum } from '../spans/span.type';
import { TraceStatusEnum } from '../traces/trace.type';

// Why ingest inputs have their own scalars: GraphQL coerces variables before any resolver runs, so one
// item with `startTime: "not-a-date"` would fail the whole request (HTTP 400) and every good item of the
// batch with it. These scalars never fail coercion: a value they cannot take becomes an InvalidValue,
// and the ingest validator rejects only the item that holds it, naming the field. Their names and
// descriptions keep the schema typed for readers; the checks are the standard scalars' own.

// A value a lenient ingest scalar could not take; the item that holds it is rejected.
class InvalidValue {
  constructor(readonly message: string) {}
}

/** Longest message kept from a failed parse (a standard scalar quotes the value it refused, however long). */
const MAX_MESSAGE = 200;

function lenient(name: string, description: string, parse: (value: unknown) => unknown): GraphQLScalarType {
  const tryParse = (value: unknown) => {
    try {
      return parse(value);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return new InvalidValue(message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message);
    }
  };
  return new GraphQLScalarType({
    name,
    description: `${description} Ingest only: a value that does not fit rejects just its item (with list, index and field), never the request.`,
    parseValue: tryParse,
    parseLiteral: (ast, variables) => tryParse(valueFromASTUntyped(ast, variables)),
    serialize: (value) => value,
  });
}

/** Epoch numbers below this (1973 in milliseconds) are taken for seconds sent by mistake. */
const MIN_EPOCH_MS = 1e11;
/** The latest instant a JavaScript Date holds. */
const MAX_EPOCH_MS = 8.64e15;

function parseTime(value: unknown): Date {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > MAX_EPOCH_MS) throw new TypeError(`${value} is not a time in epoch milliseconds`);
    if (value < MIN_EPOCH_MS) throw new TypeError(`${value} looks like epoch seconds; send epoch milliseconds or an ISO 8601 string`);
    return new Date(value);
  }
  if (typeof value !== 'string') throw new TypeError(`expected an ISO 8601 date-time string or epoch milliseconds, got ${describe(value)}`);
  // Python's datetime.isoformat() and str() of a naive time carry no offset; those are taken as UTC.
  const naive = NAIVE_TIME.exec(value);
  return GraphQLDateTimeISO.parseValue(naive ? `${naive[1]}T${naive[2]}Z` : value) as Date;
}

const NAIVE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

/** A scalar taking the names of a registered enum (`LLM`) or, as LangSmith clients write them, its values (`llm`). */
function lenientEnum<E extends Record<string, string>>(name: string, description: string, values: E): GraphQLScalarType {
  const byName = new Map<unknown, string>(Object.entries(values));
  const byValue = new Set<unknown>(Object.values(values));
  const names = [...byName.keys()].join(', ');
  return lenient(name, `${description} One of ${names}.`, (value) => {
    const v = byName.get(value) ?? (byValue.has(value) ? (value as string) : undefined);
    if (v === undefined) throw new TypeError(`expected one of ${names}, got ${describe(value)}`);
    return v;
  });
}

export const LenientString = lenient('LenientString', 'A String.', (v) => GraphQLString.parseValue(v));
export const LenientID = lenient('LenientID', 'An ID (string or integer).', (v) => GraphQLID.parseValue(v));
export const LenientInt = lenient('LenientInt', 'A 32-bit Int.', (v) => GraphQLInt.parseValue(v));
export const LenientFloat = lenient('LenientFloat', 'A Float.', (v) => GraphQLFloat.parseValue(v));
export const LenientBoolean = lenient('LenientBoolean', 'A Boolean.', (v) => GraphQLBoolean.parseValue(v));
export const LenientJSONObject = lenient('LenientJSONObject', 'A JSON object.', (v) => GraphQLJSONObject.parseValue(v));
export const LenientDateTime = lenient(
  'LenientDateTime',
  'A time: an ISO 8601 date-time string (2026-11-22T10:00:00Z; one without an offset is UTC) or epoch milliseconds.',
  parseTime,
);
export const LenientRunType = lenientEnum('LenientRunType', 'A RunType.', RunTypeEnum);
export const LenientSpanStatus = lenientEnum('LenientSpanStatus', 'A SpanStatus.', SpanStatusEnum);
export const LenientTraceStatus = lenientEnum('LenientTraceStatus', 'A TraceStatus.', TraceStatusEnum);

/** The first value of an ingest item that its lenient scalar could not take, as `field` (or `field[i]` in a list) and why. */
export function firstInvalidValue(item: object): { field: string; message: string } | null {
  for (const [field, value] of Object.entries(item)) {
    if (value instanceof InvalidValue) return { field, message: value.message };
    if (!Array.isArray(value)) continue;
    const i = value.findIndex((v) => v instanceof InvalidValue);
    if (i >= 0) return { field: `${field}[${i}]`, message: (value[i] as InvalidValue).message };
  }
  return null;
}
