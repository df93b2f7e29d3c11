import { csvText, neutraliseFormula } from './csv-writing';

describe('CSV writing', () => {
  it.each(['=1+1', '+7', '-2', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Лишайники = индикаторы')).toBe('Лишайники = индикаторы');
  });

  it('quotes fields with commas, quotes and line breaks, and neutralises formulas inside quotes too', () => {
    expect(
      csvText([
        ['id', 'name'],
        ['1', 'Иванова, Анна'],
        ['2', 'say "hi"'],
        ['3', '=HYPERLINK("x")'],
      ]),
    ).toBe('id,name\r\n1,"Иванова, Анна"\r\n2,"say ""hi"""\r\n3,"\'=HYPERLINK(""x"")"\r\n');
  });
});
