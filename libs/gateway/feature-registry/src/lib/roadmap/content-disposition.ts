/**
 * `Content-Disposition: attachment` naming the file for every client: an ASCII `filename` fallback and
 * the exact UTF-8 name in `filename*` (RFC 6266 with RFC 5987 encoding), which Cyrillic names need.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
