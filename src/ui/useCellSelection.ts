/**
 * Excel only: the cell the officer selects in the workbook, while there is a
 * result to show it in (host.onSelectionChanged). Each selection is a new
 * object (`n` counts them), so selecting the same cell again still shows its
 * finding. An Excel without selection events leaves it null: the list still
 * selects cells the other way round.
 */
import { useEffect, useState } from 'react';
import type { WorkbookHost } from '../host/types';

export interface CellSelection {
  sheet: string;
  cell: string;
  n: number;
}

export function useCellSelection(host: WorkbookHost | null, active: boolean): CellSelection | null {
  const [selected, setSelected] = useState<CellSelection | null>(null);
  useEffect(() => {
    if (!active || !host?.onSelectionChanged) return;
    let stopped = false;
    let off: (() => Promise<void>) | undefined;
    let n = 0;
    host
      .onSelectionChanged((at) => {
        if (!stopped) setSelected({ ...at, n: ++n });
      })
      .then(
        (remove) => {
          if (stopped) void remove().catch(() => undefined);
          else off = remove;
        },
        () => undefined, // no selection events in this Excel
      );
    return () => {
      stopped = true;
      if (off) void off().catch(() => undefined);
    };
  }, [host, active]);
  return selected;
}
