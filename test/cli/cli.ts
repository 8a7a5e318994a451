// What the command-line tests share: running a tool as a person would, and files written for it to read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run SCRIPT -- ARGS`, in a child process: its exit status, standard output and standard error. */
export function runCli(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
}

/** A folder of its own in the temporary folder, and a writer of files into it (text as is, anything else as JSON). */
export function tempFiles(prefix: string): { dir: string; file(name: string, content: unknown): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}
