/** Placeholder replaced by the demo loader. */
export async function loadDemoData(_url: string, _key: string): Promise<{ projectId: string; projectName: string; traces: number; spans: number }> {
  throw new Error('not yet');
}
