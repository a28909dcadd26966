/**
 * Ties each deadline family's parts together: its examples are its phrases, every OCR word it
 * lists is one its parser reads, its spellings read as the word they stand for, and its form is
 * what UNPARSED_DEADLINE says it tried. Nothing about a family lives outside its file and the one
 * list that registers it, so a new family that forgets a part fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gridOf } from '../../../test/helpers/grids';
import { checkWorkbook } from '../check';
import type { Language } from '../findings';
import { normaliseDeadlineText, PLAIN_WORDS, VOCABULARY } from './normaliseDeadlineText';
import { FAMILIES, formsTried } from './parsers';
import { readDeadlineText } from './readDeadline';
import { LEAD_IN_WORDS } from './refiners';
import type { DeadlineFamily } from './types';

const PLAN_YEAR = 2025;

/** What a phrase is read as, without the text it was written as. */
function reading(text: string) {
  const { kind, due, yearFromPlan, start, limit, every, statusSentence } = readDeadlineText(text, PLAN_YEAR);
  return { kind, due, yearFromPlan, start, limit, every, statusSentence };
}

/** Every match of the family's pattern in a normalised text. */
function matches(family: DeadlineFamily, normal: string): string[] {
  const global = new RegExp(family.pattern.source, `${family.pattern.flags.replace('g', '')}g`);
  return [...normal.matchAll(global)].map((m) => m[0]);
}

/** The words a family's parser reads in its own examples: the words inside its matches. */
function wordsRead(family: DeadlineFamily): Set<string> {
  return new Set(family.examples.flatMap((example) => matches(family, normaliseDeadlineText(example)).flatMap((m) => m.match(/[a-z]+/g) ?? [])));
}

describe('the registered families', () => {
  it('are each registered once, under their own name', () => {
    const names = FAMILIES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(FAMILIES).size).toBe(FAMILIES.length);
  });

  describe.each(FAMILIES.map((family) => [family.name, family] as const))('%s', (_, family) => {
    it('has examples, each read as its kind by this family', () => {
      expect(family.examples.length).toBeGreaterThan(0);
      for (const example of family.examples) {
        expect([example, matches(family, normaliseDeadlineText(example)).length > 0]).toEqual([example, true]);
        const deadline = readDeadlineText(example, PLAN_YEAR);
        expect([example, deadline.kind]).toEqual([example, family.kind]);
      }
    });

    it('lists as OCR words only words of four letters or more that its parser reads in its examples', () => {
      const read = wordsRead(family);
      for (const word of family.words) {
        expect(word).toMatch(/^[a-z]{4,}$/);
        expect([word, read.has(word)]).toEqual([word, true]);
      }
    });

    it('reads each of its other spellings as the word it stands for', () => {
      for (const [spelling, word] of Object.entries(family.spellings ?? {})) {
        const example = family.examples.find((e) => new RegExp(`\\b${word}\\b`).test(normaliseDeadlineText(e)));
        expect([spelling, example]).toEqual([spelling, expect.any(String)]);
        const misspelt = normaliseDeadlineText(example!).replace(new RegExp(`\\b${word}\\b`), spelling);
        expect(readDeadlineText(misspelt, PLAN_YEAR)).toEqual({ ...readDeadlineText(example!, PLAN_YEAR), text: misspelt });
      }
    });
  });

  it('keep status sentences apart from phrases not understood', () => {
    const status = FAMILIES.find((f) => f.name === 'status')!;
    const vague = FAMILIES.find((f) => f.name === 'vague')!;
    for (const example of status.examples) expect([example, readDeadlineText(example, PLAN_YEAR).statusSentence]).toEqual([example, true]);
    for (const example of vague.examples) expect([example, readDeadlineText(example, PLAN_YEAR).statusSentence]).toEqual([example, undefined]);
  });
});

describe('the OCR vocabulary', () => {
  it('is the families’ words, the refiners’ lead-in words and the plain words, nothing else', () => {
    expect(new Set(VOCABULARY)).toEqual(new Set([...FAMILIES.flatMap((f) => f.words), ...LEAD_IN_WORDS, ...PLAIN_WORDS]));
    for (const word of VOCABULARY) expect(word).toMatch(/^[a-z]{4,}$/);
  });

  it('lists as plain words only words that no family and no refiner lists', () => {
    const listed = new Set([...FAMILIES.flatMap((f) => f.words), ...LEAD_IN_WORDS]);
    for (const word of PLAIN_WORDS) expect([word, listed.has(word)]).toEqual([word, false]);
    expect(new Set(PLAIN_WORDS).size).toBe(PLAIN_WORDS.length);
  });

  it('snaps an OCR-damaged word of a family back to it', () => {
    expect(normaliseDeadlineText('Thudng xuyén')).toBe('thuong xuyen');
    expect(readDeadlineText('Theo hudng dan của Bộ', PLAN_YEAR).kind).toBe('conditional');
  });
});

describe('the refiners’ lead-in words', () => {
  /** A phrase each lead-in word changes, and what it reads as without the word. */
  const SAMPLES: Record<string, [withTheWord: string, withoutIt: string]> = {
    truoc: ['Trước năm 2030', 'năm 2030'],
    cham: ['Quý I/2026, chậm nhất 31/5/2026', 'Quý I/2026, 31/5/2026'],
    nhat: ['Quý I/2026, muộn nhất 31/5/2026', 'Quý I/2026, muộn 31/5/2026'],
    muon: ['Quý I/2026, muộn nhất 31/5/2026', 'Quý I/2026, nhất 31/5/2026'],
    khong: ['Quý I/2026, không quá 31/5/2026', 'Quý I/2026, quá 31/5/2026'],
  };

  it('are each read by a refiner: the phrase reads otherwise without the word', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...LEAD_IN_WORDS].sort());
    for (const [word, [withWord, without]] of Object.entries(SAMPLES)) {
      expect(normaliseDeadlineText(withWord).split(/\W+/)).toContain(word);
      expect([word, reading(withWord)]).not.toEqual([word, reading(without)]);
    }
  });
});

describe('UNPARSED_DEADLINE', () => {
  const HEADER = ['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'];

  function message(lang: Language): string {
    const grid = gridOf([['KẾ HOẠCH NĂM 2025'], HEADER, ['1', 'Nhiệm vụ', 'Sở Tư pháp', null, 'Sau Tết Nguyên đán']]);
    const [analysed] = checkWorkbook({ sheets: [grid] }, { asOf: '2025-11-14', lang });
    return analysed!.findings.find((f) => f.code === 'UNPARSED_DEADLINE')!.message;
  }

  it.each<Language>(['vi', 'en'])('lists, in %s, the form of every family that has one, from the families alone', (lang) => {
    const text = message(lang);
    expect(text).toContain(`(${lang === 'vi' ? 'đã thử' : 'tried'}: ${formsTried(lang)})`);
    const forms = FAMILIES.flatMap((f) => (f.form ? [f.form[lang]] : []));
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(text).toContain(form);
    expect(formsTried(lang).split(', ').sort()).toEqual([...forms].sort());
  });
});

describe('docs/deadlines.md', () => {
  const docs = readFileSync(join(__dirname, '../../../docs/deadlines.md'), 'utf8');

  it.each(FAMILIES.map((family) => [family.name, family] as const))('shows the %s family with its first example', (_, family) => {
    expect(docs).toContain(`\`${family.examples[0]}\``);
  });
});
