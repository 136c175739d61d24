/**
 * The CLI's V8 settings for a one-run process: applied unless KPICHECK_V8_DEFAULTS is set, and a
 * runtime that refuses a setting never stops the check.
 */
import * as v8 from 'v8';
import { SHORT_RUN_V8_FLAGS, tuneV8ForShortRun } from '../../src/cli/v8Flags';

jest.mock('v8', () => ({ setFlagsFromString: jest.fn() }));
const setFlags = v8.setFlagsFromString as jest.Mock;

beforeEach(() => setFlags.mockReset());

it('turns TurboFan inlining off, and only that', () => {
  tuneV8ForShortRun({});
  expect(SHORT_RUN_V8_FLAGS).toEqual(['--no-turbo-inlining']);
  expect(setFlags.mock.calls).toEqual([['--no-turbo-inlining']]);
});

it('leaves V8 at its defaults when KPICHECK_V8_DEFAULTS is set', () => {
  tuneV8ForShortRun({ KPICHECK_V8_DEFAULTS: '1' });
  expect(setFlags).not.toHaveBeenCalled();
});

it('goes on when the runtime refuses a setting', () => {
  setFlags.mockImplementation(() => {
    throw new Error('flags are frozen');
  });
  expect(() => tuneV8ForShortRun({})).not.toThrow();
});
