import { describe, expect, it } from 'vitest';
import { formatSize, sizeOverLimit } from './format-size';

const MB = 1024 * 1024;

describe('formatSize', () => {
  it('writes sizes as a reporter reads them', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(200 * MB)).toBe('200 MB');
    expect(formatSize(1024 * MB)).toBe('1 GB');
    expect(formatSize(8589934592 * MB)).toBe('8192 TB');
    expect(formatSize(0xfffffff0 * 2)).toBe('8 GB');
    expect(formatSize(1023.8 * MB)).toBe('1 GB');
  });
});

describe('sizeOverLimit', () => {
  it('never says a size is more than the same size', () => {
    expect(sizeOverLimit(8 * 1024 * MB, 1024 * MB)).toBe('8 GB, more than the 1 GB');
    expect(sizeOverLimit(1024.3 * MB, 1024 * MB)).toBe('more than the 1 GB');
  });
});
