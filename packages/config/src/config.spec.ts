import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives a frozen zero-config default', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, databaseUrl: undefined, env: 'production', exposeErrorDetails: false });
    expect(Object.isFrozen(c) && Object.isFrozen(c.limits)).toBe(true);
  });

  it('rejects invalid settings with every problem named', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'not a url', SEXTANT_ADMIN_KEY: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'not a url' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DATABASE_URL/);
    }
    expect(() => loadConfig({ DEFAULT_PAGE_SIZE: '500', MAX_PAGE_SIZE: '100' })).toThrow(/DEFAULT_PAGE_SIZE/);
  });
});
