import type { SearchPredicate } from '../../../db/search-query';
import type { FilterName } from './query-ast';

const FORMATS = ['html', 'mhtml', 'pdf', 'docx', 'eml', 'txt', 'md', 'image'];

/** Turns `name:value` into a metadata predicate, or null (with a warning) when the value makes no sense. */
export function compileFilter(name: FilterName, value: string, warnings: string[]): SearchPredicate | null {
  switch (name) {
    case 'tag':
      return { kind: 'tag', name: value };
    case 'entity':
      return { kind: 'entity', name: value };
    case 'site':
      return { kind: 'site', text: value };
    // E-mail: an address, part of one (a domain), or the name of a person whose aliases are addresses.
    case 'from':
      return { kind: 'mailFrom', text: value };
    case 'to':
      return { kind: 'mailTo', text: value };
    case 'thread':
      return { kind: 'thread', value };
    case 'lang': {
      const code = value.toLowerCase();
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/u.test(code)) {
        warnings.push(`"lang:${value}" is not a language code (try lang:fr or lang:en); it was ignored.`);
        return null;
      }
      return { kind: 'lang', code };
    }
    case 'format': {
      const format = value.toLowerCase();
      if (!FORMATS.includes(format)) {
        warnings.push(`"format:${value}" is not a format Dossier knows (${FORMATS.join(', ')}); it was ignored.`);
        return null;
      }
      return { kind: 'format', format };
    }
    case 'date': {
      const range = parseDateRange(value);
      if (!range) {
        warnings.push(`"date:${value}" is not a date or range (try date:2024, date:2023-10..2024-03); it was ignored.`);
        return null;
      }
      return { kind: 'date', ...range };
    }
  }
}

/**
 * Parses `2024`, `2024-03`, `2024-03-15`, and ranges `A..B`, `A..`, `..B` (both ends inclusive,
 * at the precision written) into a half-open range of ISO strings [from, to), which compares
 * correctly with ISO 8601 dates and date-times stored as text.
 */
export function parseDateRange(value: string): { from: string | null; to: string | null } | null {
  const parts = value.split('..');
  if (parts.length > 2) return null;
  if (parts.length === 1) {
    const d = parseDatePrefix(parts[0]!);
    return d ? { from: d.start, to: d.next } : null;
  }
  const [a, b] = parts as [string, string];
  const from = a ? parseDatePrefix(a) : null;
  const to = b ? parseDatePrefix(b) : null;
  if ((a && !from) || (b && !to) || (!from && !to)) return null;
  if (from && to && from.start >= to.next) return null;
  return { from: from?.start ?? null, to: to?.next ?? null };
}

function parseDatePrefix(text: string): { start: string; next: string } | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/u.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : undefined;
  const day = m[3] ? Number(m[3]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  if (month === undefined) return { start: pad(year, 4), next: pad(year + 1, 4) };
  if (day === undefined) {
    const next = month === 12 ? `${pad(year + 1, 4)}-01` : `${pad(year, 4)}-${pad(month + 1)}`;
    return { start: `${pad(year, 4)}-${pad(month)}`, next };
  }
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1) return null;
  const next = new Date(start.getTime() + 86_400_000);
  return { start: start.toISOString().slice(0, 10), next: next.toISOString().slice(0, 10) };
}
