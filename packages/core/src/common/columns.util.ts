import type { ValueTransformer } from 'typeorm';

/** Reads Postgres bigint (returned as a string by pg) back as a JS number; our values stay far below 2^53. */
export const bigintAsNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
