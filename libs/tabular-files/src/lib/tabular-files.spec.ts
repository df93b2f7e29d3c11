import { zipArchive } from '@orbita/testing';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { randomBytes } from 'node:crypto';
import { parseCsvText } from './csv';
import { MAX_CONCURRENT_PARSES, parseSlot } from './parse-slots';
import { readTabularFile } from './read-tabular-file';
import { normaliseHeader, TooManyRowsError, UnreadableFileError } from './table';
import { ArchiveLimitError } from './zip';

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

  describe('limits', () => {
    const SHEET = 'xl/worksheets/sheet1.xml';
    const workbookWithRows = async (count: number) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Протокол');
      sheet.addRow(['Код', 'Балл']);
      for (let index = 0; index < count; index++) sheet.addRow([`P-${index}`, index]);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    };

    it('refuses a ZIP bomb from its central directory, before inflating anything', async () => {
      // 1 KB of packed bytes that are no deflate stream at all, claiming 480 MB: inflating would fail as unreadable.
      const packed = randomBytes(1024);
      const bomb = zipArchive([{ name: SHEET, data: '', packed, declaredSize: 480 * 1024 * 1024 }]);
      expect(bomb.length).toBeLessThan(2048);
      const refusal = readTabularFile(bomb);
      await expect(refusal).rejects.toThrow(ArchiveLimitError);
      await expect(refusal).rejects.toThrow(
        `The archive unpacks to more than ${32 * 1024 * 1024} bytes (at entry ${SHEET})`,
      );
      // The same bytes declaring a plausible size are inflated, and fail as what they are.
      await expect(
        readTabularFile(zipArchive([{ name: SHEET, data: '', packed, declaredSize: 4096 }])),
      ).rejects.toThrow(UnreadableFileError);
    });

    it('refuses an entry packed far tighter than XML packs, and one inflating past the size it declares', async () => {
      const zeros = Buffer.alloc(10 * 1024 * 1024);
      await expect(
        readTabularFile(zipArchive([{ name: SHEET, data: zeros, deflate: true }])),
      ).rejects.toThrow(
        /Entry xl\/worksheets\/sheet1.xml unpacks \d+ times its packed size; at most 200 is accepted/,
      );
      await expect(
        readTabularFile(zipArchive([{ name: SHEET, data: zeros, deflate: true, declaredSize: 1000 }])),
      ).rejects.toThrow(`Entry ${SHEET} unpacks to more than the 1000 bytes it declares`);
    });

    it('refuses an XLSX with more data rows than the limit, and reads one at the limit', async () => {
      await expect(readTabularFile(await workbookWithRows(11), { maxRows: 10 })).rejects.toThrow(
        new TooManyRowsError(10),
      );
      expect((await readTabularFile(await workbookWithRows(10), { maxRows: 10 })).rows).toHaveLength(10);
    });

    it('stops reading a CSV at the first row past the limit instead of parsing it whole', async () => {
      let pulled = 0;
      function* million() {
        yield 'Код;Балл\n';
        for (let index = 0; index < 1_000_000; index++) {
          pulled += 1;
          yield `P-${index};${index % 10}\n`;
        }
      }
      await expect(parseCsvText(million(), ';', 20_000)).rejects.toThrow(new TooManyRowsError(20_000));
      // Stream buffering pulls a little ahead of the parser, nowhere near the million rows.
      expect(pulled).toBeGreaterThan(20_000);
      expect(pulled).toBeLessThan(30_000);

      const file = Buffer.from(`Код;Балл\n${'P-1;1\n'.repeat(1_000_000)}`);
      await expect(readTabularFile(file, { maxRows: 20_000 })).rejects.toThrow(new TooManyRowsError(20_000));
      expect(
        (await readTabularFile(Buffer.from(`Код;Балл\n${'P-1;1\n'.repeat(5)}`), { maxRows: 5 })).rows,
      ).toHaveLength(5);
    });

    it(`parses at most ${MAX_CONCURRENT_PARSES} files at once; the others wait their turn`, async () => {
      let running = 0;
      let most = 0;
      const releases: Array<() => void> = [];
      const parse = () =>
        parseSlot(async () => {
          most = Math.max(most, ++running);
          await new Promise<void>((resolve) => releases.push(resolve));
          running -= 1;
        });
      const parses = Array.from({ length: MAX_CONCURRENT_PARSES + 2 }, parse);
      await new Promise((resolve) => setImmediate(resolve));
      expect(releases).toHaveLength(MAX_CONCURRENT_PARSES);
      while (releases.length > 0) {
        releases.shift()?.();
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(parses);
      expect(most).toBe(MAX_CONCURRENT_PARSES);
    });
  });
});
