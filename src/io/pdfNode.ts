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

/** `import(specifier)` as written, which tsc would turn into require() in CommonJS; typed by its body, one line up. */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** The module has pdf.js's entry point: what can be checked of it before it is used. */
function isPdfjs(module: unknown): module is Pdfjs {
  return typeof module === 'object' && module !== null && 'getDocument' in module && typeof module.getDocument === 'function';
}

let loaded: Promise<{ pdfjs: Pdfjs; data: PdfjsData }> | null = null;

export function loadPdfjs(): Promise<{ pdfjs: Pdfjs; data: PdfjsData }> {
  loaded ??= (async () => {
    const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    const root = dirname(dirname(dirname(entry)));
    const pdfjs: unknown = await importModule(pathToFileURL(entry).href);
    if (!isPdfjs(pdfjs)) throw new Error(`${entry} is not pdf.js: it has no getDocument`);
    return { pdfjs, data: { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` } };
  })();
  return loaded;
}
