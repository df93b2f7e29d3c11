import { evidenceFileName } from './evidence-file-name';

describe('evidenceFileName', () => {
  it('keeps a proper name as it is', () => {
    expect(evidenceFileName('Протокол ДР 7А.pdf', 'PDF')).toBe('Протокол ДР 7А.pdf');
    expect(evidenceFileName('scan.JPEG', 'JPEG')).toBe('scan.JPEG');
  });

  it('drops paths, control characters and decomposed letters', () => {
    expect(evidenceFileName('C:\\fakepath\\План.docx', 'DOCX')).toBe('План.docx');
    expect(evidenceFileName('../../etc/passwd\u0000.pdf', 'PDF')).toBe('passwd.pdf');
    expect(evidenceFileName('Справка и\u0306.pdf', 'PDF')).toBe('Справка й.pdf');
  });

  it('gives the file the extension of what it really is', () => {
    expect(evidenceFileName('report.exe', 'PDF')).toBe('report.exe.pdf');
    expect(evidenceFileName('таблица', 'XLSX')).toBe('таблица.xlsx');
    expect(evidenceFileName('  ', 'PNG')).toBe('document.png');
  });
});
