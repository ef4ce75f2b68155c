/**
 * Publication dates as ISO 8601. A date that cannot be read, or lies outside 1900..next year (a
 * mail client's clock in the year 3609), is dropped: no date is better than a wrong one.
 */
export function normalizeDate(value: unknown, nowMs = Date.now()): string | null {
  if (value instanceof Date) return validDate(value, nowMs);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return null;
  const dateOnly = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (dateOnly) {
    const d = new Date(`${s}T00:00:00Z`);
    return validDate(d, nowMs) === null ? null : s;
  }
  const pdf = s.match(/^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?'?/);
  if (pdf) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', sec = '00', sign, oh = '00', om = '00'] = pdf;
    const zone = sign === undefined || sign === 'Z' || sign === 'z' ? 'Z' : `${sign}${oh}:${om}`;
    return validDate(new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${zone}`), nowMs);
  }
  return validDate(new Date(s), nowMs);
}

function validDate(d: Date, nowMs: number): string | null {
  const t = d.getTime();
  if (Number.isNaN(t)) return null;
  const year = d.getUTCFullYear();
  const maxYear = new Date(nowMs).getUTCFullYear() + 1;
  if (year < 1900 || year > maxYear) return null;
  return d.toISOString();
}
