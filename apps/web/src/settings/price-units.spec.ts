import { fromLocalInput, toLocalInput } from '../ui/local-time';
import { perMillion, perToken } from './price-units';

describe('price units', () => {
  it('shows per-token prices per million tokens, without float noise', () => {
    expect(perMillion(2.5e-6)).toBe('2.5');
    expect(perMillion(0.15 / 1e6)).toBe('0.15');
    expect(perMillion(1.1e-5)).toBe('11');
    expect(perMillion(0)).toBe('0');
  });

  it('turns a typed per-million price into the per-token price, and back the same', () => {
    expect(perToken('2.5')).toBe(2.5e-6);
    expect(perToken('0.075')).toBe(7.5e-8);
    expect(perToken('')).toBeNull();
    expect(perToken('  ')).toBeNull();
    expect(perToken('-1')).toBeNull();
    expect(perToken('abc')).toBeNull();
    for (const typed of ['0.15', '0.6', '3', '15', '0.0375', '1.25']) expect(perMillion(perToken(typed)!)).toBe(typed);
  });

  it('a datetime-local value and an ISO time convert both ways', () => {
    const iso = '2026-11-22T10:30:00.000Z';
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('not a time')).toBeNull();
  });
});
