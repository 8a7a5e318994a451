// `npm run estimate -- REQUEST.json [--center CENTER.json]`: the estimate as JSON on standard output.
// Reads the request from standard input when no file is named. Bad input: one message per field, exit 2.
// Text from the files (names, messages quoting them) is printed with its control characters made visible, and the
// estimate's JSON with them escaped (terminal-text.ts).
import { readFileSync } from 'node:fs';
import { EXAMPLE_CENTER, estimate } from '../core/estimate.ts';
import { describeErrors } from '../core/validation.ts';
import { printLines, terminalJson } from './terminal-text.ts';

const USAGE = 'usage: npm run estimate -- [REQUEST.json | -] [--center CENTER.json]';

/** Writes `lines` (each one line; a line break in a file's text is shown, not followed) and exits 2. */
function fail(...lines: string[]): never {
  printLines(process.stderr, lines);
  process.exit(2);
}

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  } catch (error) {
    fail(`${what}: can't read ${path === '-' ? 'standard input' : path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${what}: ${path === '-' ? 'standard input' : path} is not valid JSON (${(error as Error).message})`);
  }
}

function main(args: string[]): void {
  let requestPath = '-';
  let centerPath: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--center') {
      centerPath = args[++i] ?? fail('--center needs a file', USAGE);
    } else if (arg === '--help' || arg === '-h') {
      printLines(process.stdout, [USAGE]);
      return;
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}`, USAGE);
    } else {
      requestPath = arg;
    }
  }
  const request = readJson(requestPath, 'request');
  const center = centerPath ? readJson(centerPath, 'center') : EXAMPLE_CENTER;
  const outcome = estimate(request, center);
  if (!outcome.ok) fail(...outcome.errors.map((error) => describeErrors([error])));
  process.stdout.write(`${terminalJson(outcome.result, 2)}\n`);
}

main(process.argv.slice(2));
