import { describe, expect, it } from 'vitest';
import { checkInvokeMessage } from './invoke-message';

describe('checkInvokeMessage', () => {
  it('passes a known method with one plain object or nothing', () => {
    expect(checkInvokeMessage('listArticles', { limit: 5 })).toEqual({
      ok: true,
      method: 'listArticles',
      args: { limit: 5 },
    });
    expect(checkInvokeMessage('getStats', undefined)).toEqual({ ok: true, method: 'getStats', args: undefined });
  });

  it('refuses unknown and inherited method names', () => {
    for (const m of ['dropTable', 'constructor', '__proto__', 'toString', 42, null]) {
      const r = checkInvokeMessage(m, {});
      expect(r.ok, String(m)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('refuses arguments that are not one plain object', () => {
    for (const a of [[1, 2], 'x', 3, new Date(0), new Map()]) {
      const r = checkInvokeMessage('listArticles', a);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
  });
});
