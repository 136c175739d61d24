/**
 * Turns the paths on the command line into the files to check. Files are
 * taken as given (whatever their extension: the reader decides); folders are
 * searched recursively for workbooks. A path that does not exist is kept, so
 * its reading fails with a clear reason and the run exits 2.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';

export const WORKBOOK_EXTENSIONS: readonly string[] = ['.xlsx', '.xlsm', '.xls'];

export interface Discovered {
  /** Files to check, in order, as the user would write them (the argument, or the argument joined with the relative path). */
  files: string[];
  /** Folders given on the command line that held no workbook. */
  emptyFolders: string[];
}

function isWorkbookName(name: string): boolean {
  if (name.startsWith('~$') || name.startsWith('.')) return false; // Excel/WPS lock files, hidden files (LibreOffice .~lock)
  return WORKBOOK_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export async function discoverFiles(args: readonly string[]): Promise<Discovered> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(p);
    }
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = (await fsp.stat(arg)).isDirectory();
    } catch {
      // missing or unreadable: the reader reports it
    }
    if (!isDir) {
      add(arg);
      continue;
    }
    const before = files.length;
    await walk(arg, add);
    if (files.length === before) emptyFolders.push(arg);
  }
  return { files, emptyFolders };
}

/** Walks `dir` in name order. Symbolic links to files are followed, to folders not (as `find` and `rg` do), so there are no loops. */
async function walk(dir: string, add: (p: string) => void): Promise<void> {
  let entries: import('fs').Dirent[];
  try {
    entries = await fsp.readdir(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder is skipped
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipFolder(e.name)) await walk(p, add);
      continue;
    }
    if (!isWorkbookName(e.name)) continue;
    if (e.isFile()) add(p);
    else if (e.isSymbolicLink()) {
      const st = await fsp.stat(p).catch(() => null);
      if (st?.isFile()) add(p);
    }
  }
}
