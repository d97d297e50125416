const OTEL_TRACE_ID = /^[0-9a-fA-F]{32}$/;

/** The UUID of an OpenTelemetry trace id (32 hex characters): the same 128 bits, so OTLP traces keep their ids. */
export function uuidOfOtelTraceId(hex: string): string {
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A trace id as it is stored: an OpenTelemetry trace id (32 hex characters) becomes its UUID; anything else is left as given. */
export function storedTraceId(id: string): string {
  return OTEL_TRACE_ID.test(id) ? uuidOfOtelTraceId(id) : id;
}

// Postgres's uuid type stores any 128 bits; ids from OpenTelemetry (and other tracers) need not have
// an RFC 9562 version or variant, which the uuid package's validate() insists on.
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` is a UUID as Postgres reads one: 32 hex digits in the 8-4-4-4-12 form, whatever its version bits. */
export function isUuid(id: string): boolean {
  return UUID_SHAPE.test(id);
}
