/**
 * pdf.js for Node: pdfjs-dist's legacy build (the one that runs on Node 20 and in older browsers'
 * workers) is an ES module; the command line is CommonJS, so it is loaded with a real dynamic
 * import that the TypeScript compiler does not turn into require(). Loaded only when a PDF is read,
 * in the PDF reader's worker thread (pdfReader.ts), so no other command pays for it. Its character
 * maps and standard fonts' metrics are read from the package's folders.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pdfjs, PdfjsData } from './pdfText';

const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loaded: Promise<{ pdfjs: Pdfjs; data: PdfjsData }> | null = null;

export function loadPdfjs(): Promise<{ pdfjs: Pdfjs; data: PdfjsData }> {
  loaded ??= (async () => {
    const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(dirname(dirname(entry)));
    const pdfjs = (await importModule(pathToFileURL(entry).href)) as Pdfjs;
    return { pdfjs, data: { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` } };
  })();
  return loaded;
}
