import { parseRequestId, requestIdOf } from './request-id.parser';

describe('parseRequestId', () => {
  it('keeps a well-formed id, trimmed', () => {
    expect(parseRequestId('abc-123')).toBe('abc-123');
    expect(parseRequestId('  0af7651916cd43dd8448eb211c80319c:b7ad6b7169203331 ')).toBe('0af7651916cd43dd8448eb211c80319c:b7ad6b7169203331');
    expect(parseRequestId(['first', 'second'])).toBe('first');
    expect(parseRequestId('x'.repeat(128))).toBe('x'.repeat(128));
  });

  it('refuses empty, overlong and unsafe ids', () => {
    expect(parseRequestId(undefined)).toBeUndefined();
    expect(parseRequestId('')).toBeUndefined();
    expect(parseRequestId('   ')).toBeUndefined();
    expect(parseRequestId('x'.repeat(129))).toBeUndefined();
    expect(parseRequestId('a b')).toBeUndefined();
    expect(parseRequestId('a"b')).toBeUndefined();
    expect(parseRequestId('a\nlevel=error')).toBeUndefined();
    expect(parseRequestId('ünïcode')).toBeUndefined();
  });

  it('generates a UUID when the incoming one is missing or refused', () => {
    expect(requestIdOf('keep-me')).toBe('keep-me');
    expect(requestIdOf('bad id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
  });
});
