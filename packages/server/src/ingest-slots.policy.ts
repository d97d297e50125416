/**
 * The ingest requests of one protocol in progress (LangSmith, OTLP), counted for the whole process and per tenant (the
 * project of the API key, or the admin key): a tenant holds at most `perTenant` of the `total`
 * slots, so one project's slow or numerous uploads cannot lock the other projects out.
 */
export class IngestSlots {
  private inUse = 0;
  private readonly byTenant = new Map<string, number>();

  constructor(
    readonly total: number,
    readonly perTenant: number,
  ) {}

  /** Takes one of the process's slots; false when all of them are in use. */
  take(): boolean {
    if (this.inUse >= this.total) return false;
    this.inUse++;
    return true;
  }

  /** Charges a taken slot to `tenant`; false, charging nothing, when the tenant already holds its share. */
  charge(tenant: string): boolean {
    const held = this.byTenant.get(tenant) ?? 0;
    if (held >= this.perTenant) return false;
    this.byTenant.set(tenant, held + 1);
    return true;
  }

  /** Gives back a slot taken with take(), and its tenant's charge when it was charged. */
  release(tenant: string | undefined): void {
    this.inUse--;
    if (tenant === undefined) return;
    const held = (this.byTenant.get(tenant) ?? 1) - 1;
    // Tenants that hold nothing are forgotten, so the map stays as small as the requests in progress.
    if (held > 0) this.byTenant.set(tenant, held);
    else this.byTenant.delete(tenant);
  }
}
