/** Numbers as each language writes them; a leaf module, so the catalogues can use it too. */
import type { Language } from '../findings';

const NUMBER_LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
const integers = { vi: new Intl.NumberFormat(NUMBER_LOCALES.vi), en: new Intl.NumberFormat(NUMBER_LOCALES.en) };
const percents = {
  vi: new Intl.NumberFormat(NUMBER_LOCALES.vi, { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(NUMBER_LOCALES.en, { style: 'percent', maximumFractionDigits: 1 }),
};

/** A count as people read it: 1.250 in Vietnamese, 1,250 in English. */
export function formatNumber(n: number, lang: Language): string {
  return integers[lang].format(n);
}

/** A share as a percentage: 66,7% in Vietnamese, 66.7% in English. */
export function formatPercent(share: number, lang: Language): string {
  return percents[lang].format(share);
}
