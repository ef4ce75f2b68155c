import type { BriefFile } from '../../../preload/api';

/** Hands an exported file (a brief, a timeline picture) to the user as a download (a Save dialog in the desktop app). */
export function downloadBriefFile(file: Pick<BriefFile, 'fileName' | 'mimeType' | 'base64'>): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
