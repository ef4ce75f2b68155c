import { currentLocale } from '../i18n/i18n';

/**
 * Dates, numbers and sizes in the interface language, through Intl (never by hand), so a French
 * interface reads "12 mars 2024" and "1 234", an English one "12 Mar 2024" and "1,234".
 */

/** Formats an ISO date for lists and the reader ("12 Mar 2024"); keeps unparseable input as is. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(currentLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Formats a date-time for provenance ("12 Mar 2024, 14:03"). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** "3 days ago", "il y a 3 jours": the time since `iso`, in the largest unit that fits. */
export function formatRelativeTime(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
  ];
  const rtf = new Intl.RelativeTimeFormat(currentLocale(), { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds), 'second');
}

/** Formats a byte count the way a file manager does, with the locale's digits and unit names. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(currentLocale(), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    minimumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
    maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1,
  }).format(value);
}

/** Formats a count with the locale's thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString(currentLocale());
}

/** Formats a "YYYY-MM" month for chart axes ("Mar 2024", "mars 2024"); keeps other input as is. */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return date.toLocaleDateString(currentLocale(), { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Formats a ratio (0.42) as a percentage in the locale ("42%", "42 %"). */
export function formatPercent(ratio: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}
