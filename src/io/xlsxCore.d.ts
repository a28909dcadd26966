/** SheetJS's core build (the parser without its code-page tables) has the package's own types. */
declare module '@e965/xlsx/dist/xlsx.core.min.js' {
  export * from '@e965/xlsx';
}
