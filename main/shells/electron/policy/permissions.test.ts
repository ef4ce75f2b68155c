import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from './permissions';

describe('isPermissionGranted', () => {
  it('denies every device and tracking permission, even to our page', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'hid',
      'usb',
      'serial',
      'fullscreen',
      'openExternal',
      'unknown',
    ]) {
      expect(isPermissionGranted(p, 'app://dossier/index.html'), p).toBe(false);
    }
  });

  it('lets only our page write text to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://dossier/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
  });
});
