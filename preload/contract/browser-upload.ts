/**
 * Browser mode has no file paths, so the page sends each dropped file's bytes to the local
 * server as base64 inside one JSON request. The whole request is held in memory three or four
 * times over while it is decoded (body, string, parsed value, bytes), so uploads are capped well
 * below the import cap: bigger files are imported from a path (`dossier import`, the desktop app).
 */
export const BROWSER_UPLOAD_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The largest request body the browser-mode server reads: one capped file as base64, plus its JSON envelope. */
export const BROWSER_MAX_REQUEST_BYTES = Math.ceil((BROWSER_UPLOAD_MAX_FILE_BYTES * 4) / 3) + 1024 * 1024;
