import { attachmentDisposition } from './transfer-files';

describe('attachmentDisposition', () => {
  it('names a Cyrillic file exactly in filename* and readably in the ASCII fallback', () => {
    expect(attachmentDisposition('Протокол ДР (7А).pdf')).toBe(
      `attachment; filename="Protokol DR (7A).pdf"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB%20%D0%94%D0%A0%20%287%D0%90%29.pdf`,
    );
  });

  it('transliterates every Russian letter, capitals kept, and replaces other non-ASCII characters', () => {
    expect(attachmentDisposition('Щука, Ёж и Объём — «Юла».xlsx')).toMatch(
      /^attachment; filename="Shchuka, Ezh i Obieem _ _Iula_.xlsx"; /,
    );
  });

  it('cannot be broken out of by quotes, backslashes or line breaks in the name', () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x.pdf');
    expect(header).toBe(
      `attachment; filename="a_b_c__Set-Cookie: x.pdf"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x.pdf`,
    );
    expect(header).not.toMatch(/[\r\n]/);
  });
});
