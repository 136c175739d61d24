/** SheetJS's core build (everything but the codepage tables) has the same API as the package's main entry. */
declare module '@e965/xlsx/dist/xlsx.core.min' {
  export * from '@e965/xlsx';
}
