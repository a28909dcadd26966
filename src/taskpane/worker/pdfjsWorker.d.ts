/** pdf.js's worker code (pdfjs-dist ships no types for it): imported for its effect, globalThis.pdfjsWorker. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
