import { zipArchive } from '@orbita/testing';
import { PDFDocument } from 'pdf-lib';
import {
  compoundFileWith,
  contentTypes,
  sampleDoc,
  sampleDocx,
  sampleJpeg,
  sampleOdt,
  samplePdf,
  samplePng,
  sampleXls,
  sampleXlsx,
  zipOf,
} from '../testing/sample-documents';
import { detectDocumentFormat, DocumentUnreadableError } from './document-format';

const DOCX_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

describe('detectDocumentFormat', () => {
  it('recognises every accepted format by its content, opened as that format', async () => {
    expect(await detectDocumentFormat(samplePdf())).toBe('PDF');
    expect(await detectDocumentFormat(samplePng())).toBe('PNG');
    expect(await detectDocumentFormat(sampleJpeg())).toBe('JPEG');
    expect(await detectDocumentFormat(sampleDocx())).toBe('DOCX');
    expect(await detectDocumentFormat(sampleXlsx())).toBe('XLSX');
    expect(await detectDocumentFormat(sampleOdt())).toBe('ODT');
    expect(await detectDocumentFormat(sampleDoc())).toBe('DOC');
    expect(await detectDocumentFormat(sampleXls())).toBe('XLS');
  });

  it('opens a PDF as a PDF writer makes it, and one with leading bytes, as PDF readers do', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    expect(await detectDocumentFormat(Buffer.from(await document.save()))).toBe('PDF');
    expect(await detectDocumentFormat(Buffer.concat([Buffer.from('\r\n\r\n'), samplePdf()]))).toBe('PDF');
  });

  it('refuses what only starts like an accepted document', async () => {
    const refused = (bytes: Buffer) =>
      detectDocumentFormat(bytes).then(
        () => null,
        (error: unknown) => error,
      );
    expect(await refused(Buffer.from('%PDF-1.4\nany text'))).toEqual(
      new DocumentUnreadableError(
        "it does not parse as a PDF (Cannot read properties of undefined (reading 'Pages'))",
      ),
    );
    const pageless =
      '%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
    expect(await refused(Buffer.from(pageless))).toEqual(new DocumentUnreadableError('the PDF has no pages'));
    expect(
      await refused(Buffer.concat([samplePng().subarray(0, 8), Buffer.from('IHDR....IEND')])),
    ).toBeInstanceOf(DocumentUnreadableError);
    expect(await refused(Buffer.concat([sampleJpeg().subarray(0, 4), Buffer.from('JFIF rest')]))).toEqual(
      new DocumentUnreadableError('the JPEG image has no readable dimensions (Invalid JPG, no size found)'),
    );
    expect(
      await refused(
        zipOf([contentTypes('word/document.xml', DOCX_MAIN), ['_rels/.rels', '<Relationships/>']]),
      ),
    ).toEqual(new DocumentUnreadableError('the DOCX package has no main part word/document.xml'));
    expect(await refused(zipOf([['mimetype', 'application/vnd.oasis.opendocument.text']]))).toEqual(
      new DocumentUnreadableError('the package has no content.xml'),
    );
  });

  it('refuses a ZIP bomb dressed as a Word document without unpacking it', async () => {
    const bomb = zipArchive([
      { name: '[Content_Types].xml', data: contentTypes('word/document.xml', DOCX_MAIN)[1] },
      { name: 'word/document.xml', data: '', packed: Buffer.alloc(512, 7), declaredSize: 480 * 1024 * 1024 },
    ]);
    await expect(detectDocumentFormat(bomb)).rejects.toThrow(
      /unpacks to more than \d+ bytes \(at entry word\/document.xml\)/,
    );
  });

  it('refuses what is not an accepted document, whatever it would be called', async () => {
    // A Windows executable, a script, plain text, an empty buffer.
    expect(await detectDocumentFormat(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toBeNull();
    expect(await detectDocumentFormat(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toBeNull();
    expect(await detectDocumentFormat(Buffer.from('Протокол диагностической работы'))).toBeNull();
    expect(await detectDocumentFormat(Buffer.alloc(0))).toBeNull();
  });

  it('refuses ZIP archives that are not office documents', async () => {
    expect(await detectDocumentFormat(zipOf([['photos/1.txt', 'hello']]))).toBeNull();
    expect(
      await detectDocumentFormat(
        zipOf([
          contentTypes(
            'ppt/presentation.xml',
            'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
          ),
          ['ppt/presentation.xml', '<p/>'],
        ]),
      ),
    ).toBeNull();
    expect(
      await detectDocumentFormat(zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']])),
    ).toBeNull();
    // Truncated: the central directory is gone.
    expect(await detectDocumentFormat(sampleDocx().subarray(0, 60))).toBeNull();
  });

  it('refuses compound files other than Word and Excel (e.g. PowerPoint, Outlook messages)', async () => {
    expect(await detectDocumentFormat(compoundFileWith('PowerPoint Document'))).toBeNull();
    expect(await detectDocumentFormat(compoundFileWith('__properties_version1.0'))).toBeNull();
  });
});
