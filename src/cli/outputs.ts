/**
 * Where reports go: stdout, or a file given with `-o`. A file output is
 * refused when it is one of the inputs (compared by file identity: device
 * and inode, and the real path, so a link to a checked workbook is caught)
 * and when it exists and `--force` was not given. It is written to a
 * temporary file beside it and renamed into place when complete, so an
 * interrupted run leaves no half-written report.
 */
import * as fs from 'fs';
import { promises as fsp } from 'fs';
import * as path from 'path';
import { MSG, type Text } from './messages';
import type { OutStream } from './main';

interface Identity {
  real: string | null;
  dev?: number;
  ino?: number;
}

async function identity(p: string): Promise<Identity> {
  const abs = path.resolve(p);
  let real: string | null = null;
  try {
    real = await fsp.realpath(abs);
  } catch {
    // Does not exist (yet): its folder's real path and its name.
    try {
      real = path.join(await fsp.realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      real = abs;
    }
  }
  try {
    const st = await fsp.stat(abs);
    return { real, dev: st.dev, ino: st.ino };
  } catch {
    return { real };
  }
}

function fold(p: string | null): string | null {
  return p && (process.platform === 'win32' || process.platform === 'darwin') ? p.toLowerCase() : p;
}

/** The first input that is the same file as `output` (same path, link or hard link), or null. */
async function inputAt(output: string, inputs: readonly string[]): Promise<string | null> {
  const out = await identity(output);
  for (const input of inputs) {
    const id = await identity(input);
    if (fold(id.real) === fold(out.real)) return input;
    if (out.ino !== undefined && id.ino !== undefined && id.dev === out.dev && id.ino === out.ino)
      return input;
  }
  return null;
}

/** Why `output` may not be written (it is an input, exists without --force, or is a folder), or null. */
export async function refuseOutput(
  output: string,
  inputs: readonly string[],
  force: boolean | undefined,
): Promise<Text | null> {
  const input = await inputAt(output, inputs);
  if (input !== null) return MSG.outputIsInput(output, input);
  const st = await fsp.stat(output).catch(() => null);
  if (st?.isDirectory()) return { zh: `“${output}”是一个文件夹。`, en: `"${output}" is a folder.` };
  if (st && !force) return MSG.outputExists(output);
  return null;
}

export interface Sink {
  write(s: string): Promise<void>;
  /** Finish: for a file, flush and rename into place. */
  close(): Promise<void>;
  /** Give up: for a file, remove the temporary file. */
  abort(): Promise<void>;
}

export function stdoutSink(out: OutStream): Sink {
  return {
    write: async (s) => {
      await out.write(s);
    },
    close: async () => undefined,
    abort: async () => undefined,
  };
}

/** A file written through a temporary file; writes wait for the stream to drain (flat memory). */
export function fileSink(target: string): Sink {
  const abs = path.resolve(target);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  const stream = fs.createWriteStream(tmp, { flags: 'wx' });
  let failure: Error | null = null;
  stream.on('error', (e) => (failure = e));
  const opened = new Promise<void>((resolve) => {
    stream.once('open', () => resolve());
    stream.once('error', () => resolve());
  });
  return {
    async write(s) {
      await opened;
      if (failure) throw failure;
      if (!stream.write(s))
        await new Promise<void>((resolve) => {
          stream.once('drain', resolve);
          stream.once('error', () => resolve());
        });
      if (failure) throw failure;
    },
    async close() {
      await opened;
      await new Promise<void>((resolve) => stream.end(resolve));
      if (failure) {
        await fsp.rm(tmp, { force: true });
        throw failure;
      }
      await fsp.rename(tmp, abs);
    },
    async abort() {
      stream.destroy();
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
    },
  };
}

/** Writes `data` to `target` through a temporary file beside it. */
export async function writeFileAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const abs = path.resolve(target);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fsp.writeFile(tmp, data, { flag: 'wx' });
    await fsp.rename(tmp, abs);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
