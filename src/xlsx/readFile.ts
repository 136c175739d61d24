/**
 * File adapter for Node: a path → WorkbookGrid. Checks the path and size
 * before reading, and gives SheetJS Node's native inflate (faster, and a
 * damaged deflate stream fails with an error instead of looping forever in
 * SheetJS's pure-JS inflate).
 */
import { promises as fsp } from 'fs';
import * as zlib from 'zlib';
import { onSheetJsLoad } from './sheetjs';
import type { WorkbookGrid } from '../core/grid';
import { isFileReadError, readErrors } from './errors';
import { MAX_FILE_BYTES, readWorkbookBytes, type ReadOptions } from './readGrid';
import { useNativeZip, type NativeZip } from './zipParts';

let nativeInflate = false;

// The zip reader's checks (sizes, CRC-32) with zlib's inflate and CRC: the output is capped at the
// part's recorded size, so a zip bomb stops there as it does with the portable inflate.
const zlibCrc = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
const NODE_ZIP: NativeZip = {
  inflateRaw: (data, maxOut) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxOut) }),
  ...(typeof zlibCrc === 'function' ? { crc32: (d: Uint8Array, v: number) => zlibCrc(d, v) } : {}),
};

/**
 * Hands SheetJS a zlib look-alike built on `inflateRawSync` (SheetJS's own
 * `use_zlib(require('zlib'))` reads the deprecated `bytesRead`, which prints
 * a DeprecationWarning on stderr). SheetJS then also deflates with it when
 * writing, hence `deflateRawSync`.
 */
export function useNativeInflate(): void {
  useNativeZip(NODE_ZIP);
  if (nativeInflate) return;
  class InflateRaw {
    bytesRead = 0;
    _finishFlushFlag = zlib.constants.Z_FINISH;
    _processChunk(chunk: Uint8Array): Buffer {
      const { buffer, engine } = zlib.inflateRawSync(chunk, { info: true }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      this.bytesRead = engine.bytesWritten;
      return buffer;
    }
  }
  onSheetJsLoad((x) =>
    x.CFB.utils.use_zlib({ InflateRaw, deflateRawSync: (data: Uint8Array) => zlib.deflateRawSync(data) }),
  );
  nativeInflate = true;
}

export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  useNativeInflate();
  const limit = options.maxBytes ?? MAX_FILE_BYTES;
  let data: Buffer;
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) throw readErrors.directory();
    if (!st.isFile()) throw readErrors.notExcel('特殊文件（设备或管道）', 'a special file (device or pipe)');
    if (st.size > limit) throw readErrors.tooLarge(st.size, limit);
    data = await fsp.readFile(path);
  } catch (e) {
    throw systemError(e);
  }
  return readWorkbookBytes(data, path, options);
}

function systemError(e: unknown): Error {
  if (isFileReadError(e)) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const detail = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return readErrors.notFound(detail);
    case 'EISDIR':
      return readErrors.directory();
    case 'ERR_FS_FILE_TOO_LARGE':
      return readErrors.outOfMemory(detail);
    default:
      return readErrors.unreadable(detail);
  }
}
