import { documentFileName } from './document-file-name';

describe('documentFileName', () => {
  it('keeps a proper name as it is', () => {
    expect(documentFileName('Протокол ДР 7А.pdf', 'PDF')).toBe('Протокол ДР 7А.pdf');
    expect(documentFileName('scan.JPEG', 'JPEG')).toBe('scan.JPEG');
  });

  it('drops paths, control characters and decomposed letters', () => {
    expect(documentFileName('C:\\fakepath\\План.docx', 'DOCX')).toBe('План.docx');
    expect(documentFileName('../../etc/passwd\u0000.pdf', 'PDF')).toBe('passwd.pdf');
    expect(documentFileName('Справка и\u0306.pdf', 'PDF')).toBe('Справка й.pdf');
  });

  it('gives the file the extension of what it really is', () => {
    expect(documentFileName('report.exe', 'PDF')).toBe('report.exe.pdf');
    expect(documentFileName('таблица', 'XLSX')).toBe('таблица.xlsx');
    expect(documentFileName('  ', 'PNG')).toBe('document.png');
  });
});
