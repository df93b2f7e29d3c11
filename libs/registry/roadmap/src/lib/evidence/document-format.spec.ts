import {
  compoundFileWith,
  sampleDoc,
  sampleDocx,
  sampleJpeg,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXls,
  sampleXlsx,
  zipOf,
} from '../../test/sample-documents';
import { detectDocumentFormat } from './document-format';

describe('detectDocumentFormat', () => {
  it('recognises every accepted format by its content', () => {
    expect(detectDocumentFormat(samplePdf())).toBe('PDF');
    expect(detectDocumentFormat(samplePng())).toBe('PNG');
    expect(detectDocumentFormat(sampleJpeg())).toBe('JPEG');
    expect(detectDocumentFormat(sampleDocx())).toBe('DOCX');
    expect(detectDocumentFormat(sampleXlsx())).toBe('XLSX');
    expect(detectDocumentFormat(sampleOdt())).toBe('ODT');
    expect(detectDocumentFormat(sampleDoc())).toBe('DOC');
    expect(detectDocumentFormat(sampleXls())).toBe('XLS');
  });

  it('accepts a PDF header after leading bytes, as PDF readers do', () => {
    expect(detectDocumentFormat(Buffer.concat([Buffer.from('\r\n\r\n'), samplePdf()]))).toBe('PDF');
  });

  it('refuses what is not an accepted document, whatever it would be called', () => {
    // A Windows executable, a script, plain text, an empty buffer.
    expect(detectDocumentFormat(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeNull();
    expect(detectDocumentFormat(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(detectDocumentFormat(Buffer.from('Протокол диагностической работы'))).toBeNull();
    expect(detectDocumentFormat(Buffer.alloc(0))).toBeNull();
  });

  it('refuses ZIP archives that are not office documents', () => {
    expect(detectDocumentFormat(zipOf([['photos/1.txt', 'hello']]))).toBeNull();
    expect(
      detectDocumentFormat(
        zipOf([
          ['[Content_Types].xml', '<Types/>'],
          ['ppt/presentation.xml', '<p/>'],
        ]),
      ),
    ).toBeNull();
    expect(
      detectDocumentFormat(zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']])),
    ).toBeNull();
    // Truncated: the central directory is gone.
    expect(detectDocumentFormat(sampleDocx().subarray(0, 60))).toBeNull();
  });

  it('refuses compound files other than Word and Excel (e.g. PowerPoint, Outlook messages)', () => {
    expect(detectDocumentFormat(compoundFileWith('PowerPoint Document'))).toBeNull();
    expect(detectDocumentFormat(compoundFileWith('__properties_version1.0'))).toBeNull();
  });
});
