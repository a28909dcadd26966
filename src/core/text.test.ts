import { editDistance, findPhrase, fold, joinLines, nfc, remembered, words } from './text';

describe('fold', () => {
  it('removes diacritics and case, and reads đ as d', () => {
    expect(fold('Đơn vị CHỦ TRÌ')).toBe('don vi chu tri');
  });

  it('gives decomposed (NFD) and composed text the same form', () => {
    expect(fold('Thời hạn'.normalize('NFD'))).toBe(fold('Thời hạn'));
  });

  it('gives old and new tone placement the same form', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
  });
});

describe('joinLines', () => {
  it('joins a word broken at a hyphen and turns other line breaks into spaces', () => {
    expect(joinLines('Văn phòng HĐND-\nUBND huyện')).toBe('Văn phòng HĐND-UBND huyện');
    expect(joinLines('Theo hướng dẫn\ncủa Bộ   Công an ')).toBe('Theo hướng dẫn của Bộ Công an');
  });
});

describe('editDistance', () => {
  it('counts edits up to the limit', () => {
    expect(editDistance('thuong', 'thudng', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 1)).toBe(0);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('findPhrase', () => {
  it('finds a phrase with one OCR error per word', () => {
    expect(findPhrase(words('chu tri thyc hien'), words('chu tri thuc hien'))).toEqual({ index: 0, edits: 1 });
  });

  it('needs at least one word to match exactly', () => {
    expect(findPhrase(words('cha trj'), words('chu tri'))).toBeNull();
  });

  it('does not bend two-letter words', () => {
    expect(findPhrase(words('ta'), words('tt'))).toBeNull();
  });
});

describe('nfc', () => {
  it('composes decomposed Vietnamese and leaves composed text as it is', () => {
    expect(nfc('Rà soát thủ tục'.normalize('NFD'))).toBe('Rà soát thủ tục');
    expect(nfc('Rà soát “thủ tục” – 2025')).toBe('Rà soát “thủ tục” – 2025');
  });

  it('still normalises singletons outside the Latin and Vietnamese ranges', () => {
    expect(nfc('\u212b')).toBe('\u00c5');
  });
});

describe('remembered', () => {
  it('computes each answer once, null answers included, and forgets all at its limit', () => {
    const asked: string[] = [];
    const lookUp = remembered((text) => {
      asked.push(text);
      return text === 'none' ? null : text.length;
    }, 2);
    expect([lookUp('ab'), lookUp('none'), lookUp('ab'), lookUp('none')]).toEqual([2, null, 2, null]);
    expect(asked).toEqual(['ab', 'none']);
    lookUp('abc'); // the third answer: the first two are forgotten
    lookUp('ab');
    expect(asked).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
