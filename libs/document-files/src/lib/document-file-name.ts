import { DOCUMENT_FORMATS, type DocumentFormat } from './document-format';

/**
 * The name an uploaded document is kept and offered for download under: the uploader's name without any
 * path or control characters, in composed Unicode (macOS sends Cyrillic "й" decomposed), and with the
 * extension of the format its content has, added when its own name says otherwise.
 */
export function documentFileName(original: string, format: DocumentFormat): string {
  const base =
    (original.split(/[\\/]/).pop() ?? '')
      .normalize('NFC')
      .replace(/\p{Cc}/gu, '')
      .trim()
      .slice(0, 200) || 'document';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const { extensions } = DOCUMENT_FORMATS[format];
  return extensions.includes(extension) ? base : `${base}.${extensions[0]}`;
}
