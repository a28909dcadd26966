/** exceljs's browser build, which runs in Node and in the pane's Web Worker alike, has the package's own types. */
declare module 'exceljs/dist/exceljs.bare.min.js' {
  export * from 'exceljs';
}
