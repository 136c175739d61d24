/**
 * Optional host features the WorkbookHost contract does not name. ExcelHost
 * offers onChanged (for the live check); the UI probes with `'onChanged' in host`.
 */
import type { WorkbookHost } from '../host/types';

/** What onChanged may hand back: an unsubscribe function, now or later, or nothing. */
type Unsubscribe = (() => void | Promise<void>) | void;

export interface ChangeNotifyingHost extends WorkbookHost {
  onChanged(callback: () => void): Unsubscribe | Promise<Unsubscribe>;
}

export function canNotifyChanges(host: WorkbookHost | null): host is ChangeNotifyingHost {
  return (
    !!host && 'onChanged' in host && typeof (host as Partial<ChangeNotifyingHost>).onChanged === 'function'
  );
}
