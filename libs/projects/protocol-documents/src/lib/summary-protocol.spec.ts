import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import type { SummaryProtocolInput } from './protocol-model';
import { summaryProtocolDocx } from './summary-protocol.docx';
import { summaryProtocolXlsx } from './summary-protocol.xlsx';

const standing = (score: number | null, rank: number | null, award: 'I' | 'II' | 'III' | null) => ({
  score,
  rank,
  award,
});

/** Two sections; the physics section's second work has a title that would run as a formula. */
const input: SummaryProtocolInput = {
  stageTitle: 'Заключительный этап, 2024/2025 учебный год',
  sections: [
    { id: 'sec-bio', title: 'Биология и химия' },
    { id: 'sec-phys', title: 'Физика и техника' },
  ],
  summary: {
    works: [
      {
        workId: 'w1',
        sectionId: 'sec-bio',
        totals: [
          { expertPersonId: 'e-ivanova', total: 90 },
          { expertPersonId: 'e-petrov', total: 84.44 },
        ],
        official: standing(87.2, 1, 'I'),
      },
      {
        workId: 'w2',
        sectionId: 'sec-bio',
        totals: [{ expertPersonId: 'e-petrov', total: 60 }],
        official: standing(60, 2, null),
      },
      {
        workId: 'w3',
        sectionId: 'sec-phys',
        totals: [{ expertPersonId: 'e-sidorov', total: 95 }],
        official: standing(95, 1, 'I'),
      },
      {
        workId: 'w4',
        sectionId: 'sec-phys',
        totals: [{ expertPersonId: 'e-sidorov', total: 70 }],
        official: standing(70, 2, 'II'),
      },
    ],
  },
  works: new Map([
    ['w1', { title: 'Лишайники как индикаторы чистоты воздуха', schoolId: 's1', authors: ['st-1', 'st-2'] }],
    ['w2', { title: 'Кристаллы из поваренной соли', schoolId: 's2', authors: ['st-3'] }],
    ['w3', { title: 'Солнечный трекер на Arduino', schoolId: 's2', authors: ['st-4'] }],
    ['w4', { title: '=HYPERLINK("http://evil","x")', schoolId: 's1', authors: ['st-5'] }],
  ]),
  schoolNames: new Map([
    ['s1', 'МАОУ лицей № 1'],
    ['s2', 'МАОУ СОШ № 16'],
  ]),
  expertNames: new Map([
    ['e-ivanova', 'Иванова А. А.'],
    ['e-petrov', 'Петров Б. Б.'],
    ['e-sidorov', 'Сидоров В. В.'],
  ]),
  // st-5 is not named (the caller may not see them): printed as the id.
  authorNames: new Map([
    ['st-1', 'Воронцова Алиса'],
    ['st-2', 'Белов Иван'],
    ['st-4', 'Козлов Пётр'],
  ]),
};

/** Every row from the first, empty ones too, as its cells from column A. */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  Array.from({ length: sheet.rowCount }, (_, index) =>
    (sheet.getRow(index + 1).values as unknown[]).slice(1),
  );

function documentXml(docx: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(docx, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== 'word/document.xml') return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error('no word/document.xml')));
      zip.readEntry();
    });
  });
}

/** The text of each table row of the document (cells joined by |), and of each paragraph outside tables. */
function docxText(xml: string) {
  const text = (fragment: string) =>
    [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');
  const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/gs)].map((row) =>
    [...row[1].matchAll(/<w:tc>(.*?)<\/w:tc>/gs)].map((cell) => text(cell[1])).join('|'),
  );
  const outside = xml.replace(/<w:tbl>.*?<\/w:tbl>/gs, '');
  const paragraphs = [...outside.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((p) =>
    text(p[1] ?? p[2]),
  );
  return { rows, paragraphs };
}

describe('the summary protocol', () => {
  it('as XLSX: a sheet per section with each expert’s total, the score, rank and award, and three signature lines', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await summaryProtocolXlsx(input)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Биология и химия',
      'Физика и техника',
      'Лучшие работы региона',
      'Список для дипломов',
    ]);

    const biology = rowsOf(workbook.getWorksheet('Биология и химия') as ExcelJS.Worksheet);
    expect(biology[2][0]).toBe('Секция: Биология и химия');
    expect(biology[4]).toEqual([
      '№',
      'Работа',
      'Образовательная организация',
      'Эксперт: Иванова А. А., %',
      'Эксперт: Петров Б. Б., %',
      'Итоговый балл, %',
      'Место',
      'Награда',
    ]);
    expect(biology[5]).toEqual([
      1,
      'Лишайники как индикаторы чистоты воздуха',
      'МАОУ лицей № 1',
      90,
      84.4,
      87.2,
      1,
      'Диплом I степени',
    ]);
    // Ivanova did not judge the second work: her cell stays empty; no award, no text.
    expect(biology[6]).toEqual([
      2,
      'Кристаллы из поваренной соли',
      'МАОУ СОШ № 16',
      undefined,
      60,
      60,
      2,
      '',
    ]);
    const signatures = biology
      .slice(7)
      .map((row) => row[0])
      .filter(Boolean) as string[];
    expect(signatures).toHaveLength(3);
    expect(signatures[0]).toMatch(
      /^Председатель комиссии: _+ \(подпись\) +_+ \(Ф\. И\. О\.\) +«_+» _+ 20_+ г\.$/,
    );
    expect(signatures.slice(1).every((line) => line.startsWith('Член комиссии: ____'))).toBe(true);

    const physics = rowsOf(workbook.getWorksheet('Физика и техника') as ExcelJS.Worksheet);
    expect(physics[6]).toEqual([
      2,
      `'=HYPERLINK("http://evil","x")`,
      'МАОУ лицей № 1',
      70,
      70,
      2,
      'Диплом II степени',
    ]);

    const best = rowsOf(workbook.getWorksheet('Лучшие работы региона') as ExcelJS.Worksheet);
    expect(best.slice(5)).toEqual([
      [1, 'Физика и техника', 'Солнечный трекер на Arduino', 'МАОУ СОШ № 16', 95, 'Диплом I степени'],
      [
        2,
        'Биология и химия',
        'Лишайники как индикаторы чистоты воздуха',
        'МАОУ лицей № 1',
        87.2,
        'Диплом I степени',
      ],
    ]);
    const diplomas = rowsOf(workbook.getWorksheet('Список для дипломов') as ExcelJS.Worksheet);
    expect(diplomas.slice(5).map((row) => [row[1], row[3], row[5]])).toEqual([
      ['Диплом I степени', 'Лишайники как индикаторы чистоты воздуха', 'Воронцова Алиса, Белов Иван'],
      ['Диплом I степени', 'Солнечный трекер на Arduino', 'Козлов Пётр'],
      ['Диплом II степени', `'=HYPERLINK("http://evil","x")`, 'st-5'],
    ]);
  });

  it('as DOCX: the same tables with decimal commas, and three signature lines under each section', async () => {
    const { rows, paragraphs } = docxText(await documentXml(await summaryProtocolDocx(input)));
    expect(rows).toContain(
      '№|Работа|Образовательная организация|Эксперт: Иванова А. А., %|Эксперт: Петров Б. Б., %|Итоговый балл, %|Место|Награда',
    );
    expect(rows).toContain(
      '1|Лишайники как индикаторы чистоты воздуха|МАОУ лицей № 1|90|84,4|87,2|1|Диплом I степени',
    );
    expect(rows).toContain('2|Кристаллы из поваренной соли|МАОУ СОШ № 16|—|60|60|2|');
    expect(rows).toContain(
      '1|Физика и техника|Солнечный трекер на Arduino|МАОУ СОШ № 16|95|Диплом I степени',
    );
    expect(rows).toContain(
      '1|Диплом I степени|Биология и химия|Лишайники как индикаторы чистоты воздуха|МАОУ лицей № 1|Воронцова Алиса, Белов Иван',
    );
    expect(paragraphs).toContain('Секция: Физика и техника');
    // Two sections, each signed by a chair and two members.
    expect(paragraphs.filter((text) => text.startsWith('Председатель комиссии: ____'))).toHaveLength(2);
    expect(paragraphs.filter((text) => text.startsWith('Член комиссии: ____'))).toHaveLength(4);
  });

  it('prints only the sections asked for', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await summaryProtocolXlsx({ ...input, sections: [input.sections[1]] })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Физика и техника',
      'Лучшие работы региона',
      'Список для дипломов',
    ]);
    const diplomas = rowsOf(workbook.getWorksheet('Список для дипломов') as ExcelJS.Worksheet);
    expect(diplomas.slice(5).map((row) => row[3])).toEqual([
      'Солнечный трекер на Arduino',
      `'=HYPERLINK("http://evil","x")`,
    ]);
  });
});
