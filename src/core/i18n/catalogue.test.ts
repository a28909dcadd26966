import { TEXT } from '.';

/** Every leaf of a catalogue by its path: a text, or a message function. */
function leaves(node: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) leaves(value, path ? `${path}.${key}` : key, out);
  else out.set(path, node);
  return out;
}

const kind = (leaf: unknown) => (typeof leaf === 'function' ? `message(${leaf.length})` : typeof leaf === 'string' && leaf ? 'text' : `not a text: ${JSON.stringify(leaf)}`);

describe('the catalogues', () => {
  const vi = leaves(TEXT.vi);
  const en = leaves(TEXT.en);

  it('have the same texts and messages, key for key, in Vietnamese and English', () => {
    const shape = (leafs: Map<string, unknown>) => [...leafs].map(([path, leaf]) => `${path}: ${kind(leaf)}`).sort();
    expect(shape(en)).toEqual(shape(vi));
  });

  it('hold only non-empty texts and message functions', () => {
    for (const leaf of [...vi.values(), ...en.values()]) expect(kind(leaf)).toMatch(/^(text|message\(\d\))$/);
  });

  it('define a shared word once: no word of `common` is defined again by the pane or the command line', () => {
    // The pane reads common and pane as one set of words: a key in both would hide common's silently.
    const common = Object.keys(TEXT.vi.common);
    expect(common.filter((key) => key in TEXT.vi.pane || key in TEXT.vi.cli)).toEqual([]);
  });

  it('are not swapped: no English text in the Vietnamese catalogue where the English one holds Vietnamese', () => {
    // Vietnamese is told by its letters: đ or a toned vowel.
    const vietnamese = /[đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
    const swapped = [...vi].filter(([path, text]) => typeof text === 'string' && !vietnamese.test(text) && vietnamese.test(String(en.get(path))));
    expect(swapped).toEqual([]);
  });
});
