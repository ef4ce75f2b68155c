const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/**
 * A size as a reporter reads it: "512 bytes", "1.5 KB", "200 MB", "8 GB" (1 KB = 1024 bytes;
 * one decimal under 10, whole numbers above, never "1024 MB").
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.max(0, Math.round(bytes))} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  const rounded = (): number => (value < 10 ? Math.round(value * 10) / 10 : Math.round(value));
  while (rounded() >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${rounded()} ${UNITS[unit]}`;
}

/**
 * "8 GB, more than the 1 GB" for a message about a size over a limit; when both round to the
 * same text, only "more than the 1 GB", so a message never reads "1 GB, more than the 1 GB".
 */
export function sizeOverLimit(bytes: number, limit: number): string {
  const size = formatSize(bytes);
  const max = formatSize(limit);
  return size === max ? `more than the ${max}` : `${size}, more than the ${max}`;
}
