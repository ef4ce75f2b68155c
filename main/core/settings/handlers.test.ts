import { describe, expect, it } from 'vitest';
import { openCore } from '../kernel/open-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('interface settings', () => {
  it('keeps the chosen language in the library file, so reopening it (a new window or port) finds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-settings-'));
    try {
      const path = join(dir, 'lib.dossier');
      const first = openCore(path, { systemLocale: 'fr-FR' });
      expect(await first.api.getSettings()).toEqual({ language: null, systemLocale: 'fr-FR', ocrLanguages: 'eng' });
      await first.api.updateSettings({ language: 'en' });
      await first.api.updateSettings({ ocrLanguages: 'fra+eng' });
      first.close();
      const second = openCore(path);
      expect(await second.api.getSettings()).toEqual({ language: 'en', systemLocale: null, ocrLanguages: 'fra+eng' });
      await second.api.updateSettings({ language: null });
      expect((await second.api.getSettings()).language).toBeNull();
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses something that is not a language tag, and keeps the previous choice', async () => {
    const core = openCore(':memory:');
    await core.api.updateSettings({ language: 'fr' });
    await expect(core.api.updateSettings({ language: '<script>' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await core.api.getSettings()).language).toBe('fr');
    await expect(core.api.updateSettings({ ocrLanguages: 'fra+klingon' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await core.api.getSettings()).ocrLanguages).toBe('eng');
    core.close();
  });
});
