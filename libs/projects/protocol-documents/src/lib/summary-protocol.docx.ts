import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import {
  summaryProtocol,
  type ProtocolCell,
  type ProtocolTable,
  type SummaryProtocolInput,
} from './protocol-model';

/** Russian documents write a decimal comma. */
const cellText = (cell: ProtocolCell) =>
  cell === null ? '—' : typeof cell === 'number' ? String(cell).replace('.', ',') : cell;

// A protocol holds thousands of cells: each is the least the format needs (a paragraph of plain text;
// the size comes from the document's default style), which keeps 500 works well under a second.
const cell = (text: string, bold: boolean) =>
  new TableCell({
    children: [bold ? new Paragraph({ children: [new TextRun({ text, bold })] }) : new Paragraph(text)],
  });

function table({ header, rows }: ProtocolTable): Table {
  const row = (cells: readonly ProtocolCell[], isHeader: boolean) =>
    new TableRow({ tableHeader: isHeader, children: cells.map((value) => cell(cellText(value), isHeader)) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

const headings = (lines: readonly string[]) =>
  lines.map(
    (text, index) =>
      new Paragraph({
        heading: index === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text })],
      }),
  );

/** Landscape: a section's table has a column per expert. */
const page = (children: ISectionOptions['children']): ISectionOptions => ({
  properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
  children,
});

/**
 * The summary protocol as a Word document: each section on its own pages (its table, then the
 * commission's signature lines), then the region's best works and the list for diplomas.
 */
export async function summaryProtocolDocx(input: SummaryProtocolInput): Promise<Buffer> {
  const protocol = summaryProtocol(input);
  const document = new Document({
    title: protocol.title,
    styles: { default: { document: { run: { size: 20 } } } },
    sections: [
      ...protocol.sections.map((section) =>
        page([
          ...headings([protocol.title, protocol.stageTitle, `Секция: ${section.title}`]),
          table(section.table),
          new Paragraph({ text: '' }),
          ...protocol.signatures.map((line) => new Paragraph({ spacing: { before: 240 }, text: line })),
        ]),
      ),
      page([
        ...headings([protocol.title, protocol.stageTitle, 'Лучшие работы региона']),
        table(protocol.bestWorks),
      ]),
      page([...headings(['Список для дипломов', protocol.stageTitle]), table(protocol.diplomas)]),
    ],
  });
  return Packer.toBuffer(document);
}
