import type { ImportOptions, ParseRequest } from './types';

/**
 * The request to parse one file under a batch's limits. A loose file (`run-batch.ts`) and a
 * container's member (`containers/import-container.ts`) are parsed under the same limits, so both
 * build their request here, and a limit added to ImportOptions reaches both.
 */
export function parseRequestFor(
  fileName: string,
  bytes: Uint8Array,
  options: ImportOptions & { password?: string },
): ParseRequest {
  return {
    fileName,
    bytes,
    maxBytes: options.maxBytes,
    maxUncompressedBytes: options.maxUncompressedBytes,
    ...(options.maxTextChars !== undefined ? { maxTextChars: options.maxTextChars } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.ocrLanguages !== undefined ? { ocrLanguages: options.ocrLanguages } : {}),
  };
}
