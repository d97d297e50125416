/**
 * Collects each console.warn and console.error line into `into` instead of printing it: the
 * LangSmith SDK only logs a failed upload, so the tests fail on any line collected. Undone by
 * jest.restoreAllMocks().
 */
export function collectConsoleWarnings(into: string[]): void {
  for (const level of ['warn', 'error'] as const) {
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => void into.push(args.map(String).join(' ')));
  }
}
