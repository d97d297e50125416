/**
 * Fails each test of the file that logged through console.warn or console.error, and keeps those
 * lines off the output: the LangSmith SDK only logs a failed upload, so a test that does not look
 * would pass with runs lost. Call at the top level of a test file; jest.restoreAllMocks() undoes it.
 */
export function failOnConsoleWarnings(): void {
  const warnings: string[] = [];
  beforeAll(() => {
    for (const level of ['warn', 'error'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
    }
  });
  afterEach(() => {
    expect(warnings).toEqual([]);
    warnings.length = 0;
  });
}
