/**
 * Attachments: what a file is called and what it is, decided from what the client sent and the
 * bytes themselves, never from the type the client claims.
 */

export const maxFileNameLength = 255;

/**
 * The name to keep: the last path segment only (a browser may send `C:\Users\…\trace.log`),
 * without control characters, at most 255 characters; undefined when nothing is left.
 */
export function cleanFileName(given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const base = (given.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base === '' || base === '.' || base === '..') return undefined;
  return [...base].slice(0, maxFileNameLength).join('');
}

/**
 * The stored content type: what the bytes' signature says; else plain text for valid UTF-8
 * without NUL (logs, traces, CSV); else unknown bytes.
 */
export function contentTypeOf(sniffed: string | undefined, isText: boolean): string {
  if (sniffed) return sniffed;
  return isText ? 'text/plain; charset=utf-8' : 'application/octet-stream';
}

/**
 * `Content-Disposition` for a download: always an attachment (never rendered in the API's origin),
 * with an ASCII fallback name and the exact one in RFC 8187 encoding.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The file name a `Content-Disposition` request header gives: `filename*` (RFC 8187) first, else `filename`. */
export function fileNameFromDisposition(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A broken encoding falls back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(header);
  return plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]!.trim()) : undefined;
}
