/** An ISO time as a datetime-local input's value (the browser's local time, to the minute); '' for none. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** A datetime-local input's value (local time) as an ISO time; null for an empty or invalid one. */
export function fromLocalInput(value: string): string | null {
  const t = value ? new Date(value).getTime() : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
