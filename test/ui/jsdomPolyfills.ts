/**
 * What Fluent UI v9 expects from a browser and jsdom lacks. Import first in
 * every UI test file (after the jsdom docblock).
 */
import { configure } from '@testing-library/react';
import { toHaveNoViolations } from 'jest-axe';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

// Lazy views load through dynamic imports: on a busy machine they take longer than the 1 s default.
configure({ asyncUtilTimeout: 10000 });

expect.extend(toHaveNoViolations);

if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

if (typeof URL.createObjectURL !== 'function') {
  let n = 0;
  URL.createObjectURL = () => `blob:test/${++n}`;
  URL.revokeObjectURL = () => {};
}

// jsdom does not navigate; a download link's click would log "not implemented".
HTMLAnchorElement.prototype.click = function click() {};

// jsdom has no TextDecoder/TextEncoder; the zip reader (src/xlsx) uses them as browsers do.
if (typeof globalThis.TextDecoder !== 'function') {
  globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
  globalThis.TextEncoder = NodeTextEncoder as unknown as typeof TextEncoder;
}
