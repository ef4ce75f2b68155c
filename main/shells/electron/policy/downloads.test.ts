import { describe, expect, it } from 'vitest';
import { cleanFileName, decideDownload } from './downloads';

const BLOB = 'blob:app://dossier/6f1c2a9e-0d4b-4c55-9a51-2b1f0f6c1d11';

describe('decideDownload', () => {
  it('sends an exported brief through a save dialog named after the file', () => {
    const decision = decideDownload({
      url: BLOB,
      initiatorOrigin: 'app://dossier',
      fileName: 'GPU export controls.pdf',
      defaultFolder: '/home/ana/Documents',
    });
    expect(decision).toEqual({
      allow: true,
      saveDialog: expect.objectContaining({
        defaultPath: '/home/ana/Documents/GPU export controls.pdf',
        filters: [
          { name: 'PDF document', extensions: ['pdf'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    });
  });

  it('uses the Windows separator for a Windows folder and offers the Markdown filter', () => {
    const decision = decideDownload({
      url: BLOB,
      initiatorOrigin: 'app://dossier',
      fileName: 'brief.md',
      defaultFolder: 'C:\\Users\\ana\\Documents',
    });
    expect(decision.allow && decision.saveDialog.defaultPath).toBe('C:\\Users\\ana\\Documents\\brief.md');
    expect(decision.allow && decision.saveDialog.filters?.[0]?.name).toBe('Markdown');
  });

  it('refuses downloads that are not files our page made', () => {
    for (const url of [
      'data:text/html,<script>1</script>',
      'https://example.com/payload.exe',
      'blob:https://example.com/1234',
      'file:///etc/passwd',
    ]) {
      expect(
        decideDownload({ url, initiatorOrigin: 'app://dossier', fileName: 'x.pdf', defaultFolder: '/tmp' }).allow,
      ).toBe(false);
    }
    expect(
      decideDownload({ url: BLOB, initiatorOrigin: 'https://example.com', fileName: 'x.pdf', defaultFolder: '/tmp' })
        .allow,
    ).toBe(false);
  });
});

describe('cleanFileName', () => {
  it('keeps only the last path part and drops control characters', () => {
    expect(cleanFileName('../../.bashrc')).toBe('.bashrc');
    expect(cleanFileName('C:\\Windows\\evil\u0007.pdf')).toBe('evil.pdf');
    expect(cleanFileName('..')).toBe('brief');
    expect(cleanFileName('')).toBe('brief');
  });
});
