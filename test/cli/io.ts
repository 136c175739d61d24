/** Runs the CLI in-process with captured output. */
import { main, type CliIO } from '../../src/cli/main';
import type { CheckOptions } from '../../src/core/check';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** Seams into the core's check (a failing sheet reader or rule). */
  check?: CheckOptions;
}

export async function run(argv: string[], o: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s) => void (stdout += s), isTTY: o.stdoutTTY ?? false },
    stderr: { write: (s) => void (stderr += s), isTTY: o.stderrTTY ?? false, columns: 100 },
    env: o.env ?? {},
    check: o.check,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
