/**
 * Russian letters in Latin as Russian passports write them (ICAO Doc 9303, order of the Russian MFA
 * 2017): «Протокол 7А» → "Protokol 7A". For the ASCII fallback of a file name, which old clients show.
 */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: 'ie', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/** `text` with Russian letters in Latin (capitals kept: Ж → Zh); other characters as they are. */
export function transliterateRussian(text: string): string {
  return text.replace(/[а-яё]/gi, (letter) => {
    const lower = letter.toLowerCase();
    const latin = LATIN[lower] ?? letter;
    return letter === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
}
