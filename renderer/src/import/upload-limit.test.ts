import { describe, expect, it } from 'vitest';
import { splitOversizeUploads } from './upload-limit';

describe('splitOversizeUploads', () => {
  it('keeps files up to the browser-mode limit and gives each bigger one a FILE_TOO_LARGE report line', () => {
    const small = { name: 'a.html', file: new Blob(['x'.repeat(10)]) };
    const exact = { name: 'b.pdf', file: new Blob(['x'.repeat(20)]) };
    const big = { name: 'scan.pdf', file: new Blob(['x'.repeat(21)]) };
    const { uploadable, refused } = splitOversizeUploads([small, big, exact], 20);
    expect(uploadable).toEqual([small, exact]);
    expect(refused).toEqual([
      {
        file: 'scan.pdf',
        status: 'failed',
        error: { code: 'FILE_TOO_LARGE', message: expect.stringContaining('dossier import PATH') },
      },
    ]);
  });
});
