/**
 * How a reply's quoted history is recognised. Shared because two rings must agree on it: the
 * reader folds the history under the reply, and families ignore it (a reply quoting a whole
 * message is a reply, not a copy of that message; threads already group them).
 */

/** An attribution line introducing a quote: "On Mon, 1 Jan 2024, Ana wrote:", "Le lun. 1 janv. 2024, Ana a écrit :". */
const ATTRIBUTION = /^\s*(?:On .+wrote|Le .+a écrit|Am .+schrieb .+)\s*:\s*$/u;
/** Outlook's separator above the message it answers or forwards inline. */
const ORIGINAL_MESSAGE = /^\s*-{2,}\s*(?:Original Message|Message d'origine|Ursprüngliche Nachricht)\s*-{2,}\s*$/iu;
/** Outlook's header block above the history when there is no separator: "From: …" then "Sent: …" (or "De :" / "Envoyé :"). */
const HEADER_FROM = /^\s*(?:From|De|Von)\s*:\s*\S/u;
const HEADER_SENT = /^\s*(?:Sent|Date|Envoyé|Gesendet)\s*:\s*\S/u;

function isQuoted(line: string | undefined): boolean {
  return line !== undefined && /^\s*>/u.test(line);
}

/** The index of the first line of quoted history, or -1 for a text with none. */
function historyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isQuoted(line) || ORIGINAL_MESSAGE.test(line)) return i;
    if (ATTRIBUTION.test(line) && (lines[i + 1] === undefined || isQuoted(lines[i + 1]) || isQuoted(lines[i + 2])))
      return i;
    // A header block needs both lines, so a reply mentioning "From: the ministry" is not cut there.
    if (i > 0 && HEADER_FROM.test(line) && HEADER_SENT.test(lines[i + 1] ?? '')) return i;
  }
  return -1;
}

/** Splits a reply into what its writer wrote and the quoted history below it. */
export function splitQuotedHistory(text: string): { own: string; quoted: string } {
  const lines = text.split('\n');
  const at = historyStart(lines);
  if (at < 0) return { own: text, quoted: '' };
  return { own: lines.slice(0, at).join('\n').trim(), quoted: lines.slice(at).join('\n').trim() };
}
