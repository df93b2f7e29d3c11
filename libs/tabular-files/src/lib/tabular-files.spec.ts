import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readTabularFile } from './read-tabular-file';
import { normaliseHeader } from './table';

describe('tabular files', () => {
  it('reads a Windows-1251 CSV with ";" and numbers rows as Excel does, skipping blank ones', async () => {
    const table = await readTabularFile(
      iconv.encode('Фамилия;Имя\r\nИванова;Мария\r\n;\r\nПетров;Илья\r\n', 'win1251'),
    );
    expect(table).toEqual({
      format: 'csv',
      encoding: 'windows-1251',
      header: { row: 1, cells: ['Фамилия', 'Имя'] },
      rows: [
        { row: 2, cells: ['Иванова', 'Мария'] },
        { row: 4, cells: ['Петров', 'Илья'] },
      ],
    });
  });

  it('reads a UTF-8 CSV with "," and quotes', async () => {
    const table = await readTabularFile(Buffer.from('\uFEFFa,b\n"x, y",2\n'));
    expect([table.encoding, table.rows[0].cells]).toEqual(['utf-8', ['x, y', '2']]);
  });

  it('reads the first visible XLSX sheet, dates as ISO dates', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('hidden', { state: 'hidden' }).addRow(['no']);
    const sheet = workbook.addWorksheet('Список');
    sheet.addRow(['Фамилия', 'Дата рождения']);
    sheet.addRow(['Иванова', new Date(Date.UTC(2010, 4, 7))]);
    const table = await readTabularFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect([table.format, table.header?.cells, table.rows]).toEqual([
      'xlsx',
      ['Фамилия', 'Дата рождения'],
      [{ row: 2, cells: ['Иванова', '2010-05-07'] }],
    ]);
  });

  it('normalises headers for alias lookup', () => {
    expect(normaliseHeader('  Отчество (при наличии):')).toBe('отчество');
    expect(normaliseHeader('Дата_рождения.')).toBe('дата рождения');
  });
});
