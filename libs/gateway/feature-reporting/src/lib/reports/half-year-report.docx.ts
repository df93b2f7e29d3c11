import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import { halfYearReport, type HalfYearReportData, type ReportBlock } from './half-year-report.content';

const cell = (text: string, bold: boolean) =>
  new TableCell({
    children: [bold ? new Paragraph({ children: [new TextRun({ text, bold })] }) : new Paragraph(text)],
  });

function render(block: ReportBlock): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [new TextRun({ text: block.text })],
      });
    case 'paragraph':
      return new Paragraph({ alignment: AlignmentType.JUSTIFIED, text: block.text });
    case 'table':
      return new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: block.header.map((text) => cell(text, true)) }),
          ...block.rows.map((row) => new TableRow({ children: row.map((text) => cell(text, false)) })),
        ],
      });
  }
}

/**
 * The docx package stamps the core properties and the zip entries with the current time; both are set to
 * the report's as-of time, so the same data gives the same bytes.
 */
async function stampedWith(document: Buffer, asOf: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(document);
  const seconds = asOf.replace(/\.\d+Z$/, 'Z');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  zip.file(
    'docProps/core.xml',
    core.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${seconds}$2`),
  );
  const date = new Date(asOf);
  zip.forEach((_path, entry) => {
    entry.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The half-year status report as a Word document: the title, the sections, the appendix of sources. */
export async function halfYearReportDocx(data: HalfYearReportData): Promise<Buffer> {
  const report = halfYearReport(data);
  const document = new Document({
    title: report.title,
    creator: 'Orbita',
    styles: { default: { document: { run: { size: 24, font: 'Times New Roman' } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: report.title })],
          }),
          ...report.blocks.map(render),
        ],
      },
    ],
  });
  return stampedWith(await Packer.toBuffer(document), data.asOf);
}
