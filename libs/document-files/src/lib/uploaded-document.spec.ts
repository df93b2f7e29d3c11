import { samplePdf } from '../testing/sample-documents';
import { DocumentRefused, readUploadedDocument, type UploadSource } from './uploaded-document';

/** A transfer bucket holding these uploads, by name. */
const source = (uploads: Record<string, Buffer>): UploadSource => ({
  size: async (name) => uploads[name]?.length ?? null,
  read: async (name) => uploads[name] ?? null,
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('accepted');
    },
    (error: unknown) => {
      if (error instanceof DocumentRefused) return { reason: error.reason, size: error.size };
      throw error;
    },
  );

describe('readUploadedDocument', () => {
  it('accepts a document by its content, named for what it is, with its digest', async () => {
    const pdf = samplePdf();
    const document = await readUploadedDocument(source({ a: pdf }), 'a', 'отчёт.exe', 1000_000);
    expect(document).toMatchObject({
      format: 'PDF',
      contentType: 'application/pdf',
      fileName: 'отчёт.exe.pdf',
    });
    expect(document.content).toEqual(pdf);
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('says why an upload is refused: gone, empty, over the limit, unreadable, another format', async () => {
    const uploads = {
      empty: Buffer.alloc(0),
      big: samplePdf(),
      broken: Buffer.from('%PDF-1.7 no more'),
      text: Buffer.from('just text'),
    };
    const read = (name: string, maxBytes = 1000_000) =>
      refusal(readUploadedDocument(source(uploads), name, `${name}.pdf`, maxBytes));
    expect(await read('gone')).toEqual({ reason: 'missing', size: undefined });
    expect(await read('empty')).toEqual({ reason: 'empty', size: 0 });
    expect(await read('big', 10)).toEqual({ reason: 'too-large', size: uploads.big.length });
    expect(await read('broken')).toMatchObject({ reason: 'unreadable' });
    expect(await read('text')).toMatchObject({ reason: 'not-accepted' });
  });
});
