import { JOBS } from './job.schemas';

// An OpenTelemetry trace id stored as a UUID: 128 random bits, here with neither an RFC 9562 version nor variant.
const OTEL_TRACE = 'ac506bc8-2c1f-34d3-f6af-82ec54c4f7dc';
const PROJECT = '0193a8f2-7c1e-7b3a-9d4e-5f6a7b8c9d0e';

describe('job payloads', () => {
  it('take a trace id from OpenTelemetry, whatever its version bits, so its metrics and forward are queued', () => {
    expect(JOBS.traceMetrics.payload.parse({ traceId: OTEL_TRACE, projectId: PROJECT })).toEqual({ traceId: OTEL_TRACE, projectId: PROJECT });
    expect(JOBS.langsmithForward.payload.parse({ traceId: OTEL_TRACE, projectId: PROJECT })).toEqual({ traceId: OTEL_TRACE, projectId: PROJECT });
  });

  it('still refuse a trace id that is not a UUID', () => {
    expect(() => JOBS.traceMetrics.payload.parse({ traceId: 'ac506bc82c1f34d3f6af82ec54c4f7dc', projectId: PROJECT })).toThrow();
  });
});
