import type { ApiError } from '../../../preload/api';

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (escape sequences can
 * recolour, retitle or rewrite the screen), DEL, and the bidirectional overrides and isolates
 * that reorder what is shown. File names, titles and messages from imported files may hold any.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex -- the same, with line breaks kept
const TERMINAL_CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function escapeControl(char: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  const code = char.codePointAt(0) ?? 0;
  return named[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`);
}

/** One field (a file name, a title) made safe to show on one terminal line: controls and line breaks escaped. */
export function terminalField(text: string): string {
  return text.replace(TERMINAL_CONTROLS, escapeControl);
}

/** Text for a terminal: controls escaped, line breaks kept (each printed field should already be a terminalField). */
export function terminalText(text: string): string {
  return text.replace(TERMINAL_CONTROLS_BUT_NEWLINE, escapeControl);
}

/** Formats rows as an aligned plain-text table for people. */
export function formatTable(headers: string[], rows: string[][], maxWidth = 60): string {
  const clip = (raw: string): string => {
    const s = terminalField(raw);
    return s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s;
  };
  const cells = [headers, ...rows].map((r) => r.map((c) => clip(c)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function formatError(error: ApiError, json: boolean): string {
  return json ? JSON.stringify({ error }) : `dossier: ${error.message} (${error.code})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
