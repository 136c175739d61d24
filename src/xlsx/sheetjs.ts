/// <reference path="./sheetjs-core.d.ts" />
/**
 * The one SheetJS instance the file adapter uses: the core build with
 * TextDecoder-based codepages (see codepages.ts). The package's main entry
 * loads SheetJS's codepage tables on require, ~80 ms the CLI does not spend.
 * Browser-safe.
 */
import * as XLSX from '@e965/xlsx/dist/xlsx.core.min';
import { codepageTables } from './codepages';

XLSX.set_cptable(codepageTables);

export { XLSX };
