import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

const ours = { webContentsId: 7, isMainFrame: true, frameUrl: 'app://dossier/index.html' };

describe('isTrustedSender', () => {
  it('trusts our window main frame on our page', () => {
    expect(isTrustedSender(ours, 7)).toBe(true);
  });

  it('refuses other windows, subframes, foreign pages and a closed window', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, 7)).toBe(false);
    expect(isTrustedSender({ ...ours, isMainFrame: false }, 7)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'https://example.com/' }, 7)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null }, 7)).toBe(false);
    expect(isTrustedSender(ours, null)).toBe(false);
  });
});
