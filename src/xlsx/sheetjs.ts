/// <reference path="./sheetjs-core.d.ts" />
/**
 * The one SheetJS instance the file adapter uses: the core build with
 * TextDecoder-based codepages (see codepages.ts). The package's main entry
 * loads SheetJS's codepage tables on require, ~80 ms the CLI does not spend.
 * Browser-safe.
 *
 * Loaded on first use: the lean .xlsx reader (fastXlsx.ts) reads the common
 * workbook without it, and loading it costs ≈ 30 ms of a CLI run.
 */
import type * as SheetJSModule from '@e965/xlsx/dist/xlsx.core.min';
import { codepageTables } from './codepages';

export type SheetJS = typeof SheetJSModule;

let loaded: SheetJS | undefined;
const whenLoaded: ((x: SheetJS) => void)[] = [];

/** SheetJS, loaded (and given its codepages and anything set up with `onSheetJsLoad`) on first use. */
export function sheetjs(): SheetJS {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
    const x = require('@e965/xlsx/dist/xlsx.core.min') as SheetJS;
    x.set_cptable(codepageTables);
    loaded = x;
    for (const f of whenLoaded.splice(0)) f(x);
  }
  return loaded;
}

/** Runs `f` on SheetJS now if it is loaded, else when it is. */
export function onSheetJsLoad(f: (x: SheetJS) => void): void {
  if (loaded) f(loaded);
  else whenLoaded.push(f);
}
