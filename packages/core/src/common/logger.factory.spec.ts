import { createLogger, LogCapture, logOf, mentionsAdminShutdown } from './logger.factory';

describe('createLogger', () => {
  const key = 'sx_0123456789abcdef0123456789abcdef';

  it('writes one JSON object per line, and blanks keys, tokens and credential headers', () => {
    const out = new LogCapture();
    const logger = createLogger({ level: 'info', format: 'json', destination: out });
    logger.info({ req: { headers: { authorization: `Bearer ${key}`, 'x-api-key': key, cookie: `k=${key}` } } }, 'with headers');
    logger.info({ headers: { 'x-api-key': key }, apiKey: key, token: key, nested: { secret: key, password: key } }, 'with fields');
    expect(out.lines).toHaveLength(2);
    for (const line of out.lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(out.lines.join('\n')).not.toContain(key);
    expect(JSON.parse(out.lines[1])).toEqual(expect.objectContaining({ msg: 'with fields', apiKey: '[redacted]' }));
  });

  it('keeps the Log call shape: an error goes through the err serializer with its stack', () => {
    const out = new LogCapture();
    const log = logOf(createLogger({ level: 'info', format: 'json', destination: out }));
    log('plain');
    log('it failed:', new Error('boom'));
    const [plain, failed] = out.lines.map((l) => JSON.parse(l));
    expect(plain).toEqual(expect.objectContaining({ level: 30, msg: 'plain' }));
    expect(failed).toEqual(expect.objectContaining({ level: 50, msg: 'it failed:', err: expect.objectContaining({ type: 'Error', message: 'boom' }) }));
    expect(failed.err.stack).toContain('logger.factory.spec');
  });

  it('writes readable lines in pretty mode, and honours the level', () => {
    const out = new LogCapture();
    const logger = createLogger({ level: 'warn', format: 'pretty', destination: out });
    logger.info('hidden');
    logger.warn({ path: '/graphql' }, 'shown');
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatch(/WARN: shown.*\/graphql/);
  });

  it('drops what `mute` refuses: the connections Postgres ends on its own shutdown', () => {
    const out = new LogCapture();
    const logger = createLogger({ level: 'info', format: 'json', destination: out, mute: mentionsAdminShutdown });
    logger.warn('Worker of queue metrics: terminating connection due to administrator command');
    logger.error({ err: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }, 'pool error');
    logger.warn('something else');
    expect(out.lines.map((l) => JSON.parse(l).msg)).toEqual(['something else']);
  });
});
