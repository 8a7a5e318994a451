// Issue 17, item 5: terminal escapes (Node only). A center file or a price file whose names, payers and keys hold
// control characters must not act on the counselor's terminal through check-config, import-prices, price-list or
// estimate: no retitling, no erased report line, no forged "ok", no reordered text. Each is shown by a visible
// stand-in instead (src/cli/terminal-text.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalJson, terminalText } from '../../src/cli/terminal-text.ts';
import { describe, expect, it } from '../harness.ts';
import { runCli, tempFiles } from './cli.ts';

const { dir, file } = tempFiles('iop-terminal-escapes-');
const EXAMPLE = JSON.parse(readFileSync('data/centers/example.json', 'utf8')) as Record<string, any>;

const run = runCli;

/** OSC 0: sets the terminal's title. */
const RETITLE = '\x1b]0;title\x07';
/** Erases the line and returns to its start: the report line before it disappears. */
const ERASE = '\x1b[2K\r';
/** A green "ok", as if the check had passed. */
const FORGED_OK = '\x1b[32mok\x1b[0m';
/** Right-to-left override and left-to-right isolate: what follows is shown reordered. */
const BIDI = '\u202e\u2066';
/** The one-byte CSI (C1) and DEL. */
const C1_DEL = '\x9b2J\x7f';

/** Anything a terminal acts on, but the line feeds the tools write themselves. */
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectSafe(text: string, what: string): void {
  const found = UNSAFE.exec(text);
  expect(found, `${what}: ${found ? `U+${found[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${found.index}` : ''}`).to.equal(null);
}

describe('terminalText: the stand-ins', () => {
  it('shows C0 controls as Control Pictures, DEL as ␡, C1, bidi and separators as \\u{...}; leaves other text alone', () => {
    expect(terminalText(RETITLE)).to.equal('␛]0;title␇');
    expect(terminalText(ERASE)).to.equal('␛[2K␍');
    expect(terminalText(`${FORGED_OK}\n\t\0`)).to.equal('␛[32mok␛[0m␊␉␀');
    expect(terminalText(C1_DEL)).to.equal('\\u{009B}2J␡');
    expect(terminalText(`a${BIDI}\u200f\u061c\u2028b`)).to.equal('a\\u{202E}\\u{2066}\\u{200F}\\u{061C}\\u{2028}b');
    const ordinary = 'Clínica São José — 東京 ✓ 👩‍⚕️ "quotes" $1,886.00';
    expect(terminalText(ordinary)).to.equal(ordinary);
  });

  it('terminalJson escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { name: `${RETITLE}${ERASE}${FORGED_OK}${BIDI}${C1_DEL}\u2028` };
    const json = terminalJson(value, 2);
    expectSafe(json, 'terminalJson');
    expect(JSON.parse(json)).to.deep.equal(value);
  });
});

describe('check-config: a file\'s control characters are shown, not obeyed', () => {
  it('a center named with a retitle, an erase and a green "ok", a bidi payer, a track name with a line break: the summary shows them', () => {
    const center = structuredClone(EXAMPLE);
    center.name = `Center${RETITLE}${ERASE}${FORGED_OK}`;
    center.rates.negotiated[0].payer = `Acme${BIDI}${C1_DEL}`;
    center.inNetworkPayers[0] = center.rates.negotiated[0].payer;
    center.programs[0].name = 'Day\nok: all checks passed';
    const result = run('check-config', file('escapes.json', center));
    expect(result.status).to.equal(0);
    expectSafe(result.stdout, 'stdout');
    expectSafe(result.stderr, 'stderr');
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).to.equal('ok: Center␛]0;title␇␛[2K␍␛[32mok␛[0m (an example, not a real center)');
    // The line break in the track's name does not start a line of the file's own: one "ok" line, the tool's.
    expect(lines.filter((line) => line.startsWith('ok'))).to.have.length(1);
    expect(lines.find((line) => line.startsWith('  program tracks:'))).to.include('Day␊ok: all checks passed (12 weeks');
    expect(lines.find((line) => line.startsWith('  payers:'))).to.include('Acme\\u{202E}\\u{2066}\\u{009B}2J␡');
  });

  it('unknown keys that erase the line and forge "ok", and a bad value in green: the problem and warning lines show them', () => {
    const center = structuredClone(EXAMPLE);
    center[`${ERASE}ok: forged`] = 1;
    center.rates[`x${BIDI}y`] = 2;
    center.billing.unit = `${FORGED_OK}${BIDI}`;
    const result = run('check-config', file('keys.json', center));
    expect(result.status).to.equal(2);
    expectSafe(result.stderr, 'stderr');
    const lines = result.stderr.trim().split('\n');
    expect(lines).to.include('billing.unit = "\\u001b[32mok\\u001b[0m\\u202e\\u2066": must be one of: day, hour');
    expect(lines).to.include('warning: ␛[2K␍ok: forged = 1: is not a field of a center configuration, so the widget ignores it');
    expect(lines).to.include('warning: rates.x\\u{202E}\\u{2066}y = 2: is not a field of a center configuration, so the widget ignores it');
  });

  it('a file that is not JSON, whose text the parser quotes, and a file name that retitles the terminal', () => {
    const notJson = run('check-config', file('not-json.json', `x${ERASE}${FORGED_OK}`));
    expect(notJson.status).to.equal(2);
    expectSafe(notJson.stderr, 'stderr');
    expect(notJson.stderr).to.include('is not valid JSON');
    const missing = run('check-config', join(dir, `nope${RETITLE}.json`));
    expect(missing.status).to.equal(2);
    expectSafe(missing.stderr, 'stderr');
    expect(missing.stderr).to.equal(`${join(dir, 'nope')}␛]0;title␇.json: can't be read (ENOENT)\n`);
  });
});

describe('import-prices: a price file\'s control characters are shown, not obeyed', () => {
  const prices = readFileSync('test/fixtures/price-files/iop-v3-tall.csv', 'utf8')
    .replace('Lakeside Behavioral Hospital,3/2/2026', `"Lakeside${RETITLE}${ERASE}${FORGED_OK}${BIDI}",3/2/2026`)
    .replaceAll('Platform Health Insurance', `"Platform${ERASE}ok${C1_DEL}"`);
  const path = file('escapes.csv', prices);

  it('the report (with --out) shows the hospital and payer names with stand-ins; the file keeps them exactly, escaped', () => {
    const out = join(dir, 'escapes-center.json');
    const result = run('import-prices', path, '--out', out);
    expect(result.status).to.equal(0);
    expectSafe(result.stdout, 'stdout');
    expectSafe(result.stderr, 'stderr');
    const lines = result.stdout.split('\n');
    expect(lines[1]).to.equal('hospital: Lakeside␛]0;title␇␛[2K␍␛[32mok␛[0m\\u{202E}\\u{2066}, 100 Lake Road, Toledo, OH 43604 (file updated 2026-03-02)');
    expect(lines).to.include('  row 4: Platform␛[2K␍ok\\u{009B}2J␡ | PPO 650.50 a day -> rates.negotiated');
    const text = readFileSync(out, 'utf8');
    expectSafe(text.replace(/\n/g, ''), 'the written configuration');
    const center = JSON.parse(text);
    expect(center.name).to.equal(`Lakeside${RETITLE}${ERASE}${FORGED_OK}${BIDI}`);
    expect(center.rates.negotiated[0].payer).to.equal(`Platform${ERASE}ok${C1_DEL}`);
  });

  it('without --out: the configuration on standard output and the report on standard error, both safe to print', () => {
    const result = run('import-prices', path);
    expect(result.status).to.equal(0);
    expectSafe(result.stdout, 'stdout');
    expectSafe(result.stderr, 'stderr');
    expect(JSON.parse(result.stdout).name).to.equal(`Lakeside${RETITLE}${ERASE}${FORGED_OK}${BIDI}`);
    expect(result.stderr).to.include('hospital: Lakeside␛]0;title␇␛[2K␍');
  });
});

describe('price-list and estimate: a center file\'s control characters are shown, not obeyed', () => {
  const center = structuredClone(EXAMPLE);
  center.name = `Center${RETITLE}${ERASE}${FORGED_OK}${BIDI}`;
  center.programs[0].name = `Day${ERASE}${C1_DEL}`;
  center.rates.negotiated[0].payer = `Acme${BIDI}\nok`;
  center.inNetworkPayers[0] = center.rates.negotiated[0].payer;
  const path = file('price-list-escapes.json', center);

  it('price-list Markdown: the name, track and payer with stand-ins', () => {
    const result = run('price-list', '--start', '2026-03-02', '--center', path);
    expect(result.status).to.equal(0);
    expectSafe(result.stdout, 'stdout');
    expect(result.stdout.split('\n')[0]).to.equal('# IOP price list: Center␛\\]0;title␇␛\\[2K␍␛\\[32mok␛\\[0m\\\\u{202E}\\\\u{2066}');
    expect(result.stdout).to.include('## Day␛\\[2K␍\\\\u{009B}2J␡\n');
  });

  it('price-list CSV: the same, with nothing but the CRLF between records', () => {
    const result = run('price-list', '--start', '2026-03-02', '--center', path, '--format', 'csv');
    expect(result.status).to.equal(0);
    expectSafe(result.stdout.replace(/\r\n/g, '\n'), 'stdout');
    expect(result.stdout).to.include('"Center␛]0;title␇␛[2K␍␛[32mok␛[0m\\u{202E}\\u{2066}","2026-03-02","Day␛[2K␍\\u{009B}2J␡"');
    expect(result.stdout).to.include('"Acme\\u{202E}\\u{2066}␊ok: employer or private plan, in network"');
  });

  it('price-list errors quoting the file: a center file that is not JSON, whose text the parser quotes', () => {
    const result = run('price-list', '--center', file('price-list-not-json.json', `x${ERASE}${FORGED_OK}`));
    expect(result.status).to.equal(2);
    expectSafe(result.stderr, 'stderr');
    expect(result.stderr).to.include('x␛[2K␍␛[32mok␛[0m');
  });

  it('estimate: the JSON escapes them (parsing back to the same names); its errors show them', () => {
    const request = file('request.json', { program: { weeks: 2, hoursPerWeek: 9, startDate: '2026-03-02' }, coverage: { planType: 'uninsured' } });
    const result = run('estimate', request, '--center', path);
    expect(result.status).to.equal(0);
    expectSafe(result.stdout, 'stdout');
    expect(result.stdout).to.include('Center\\u001b]0;title\\u0007\\u001b[2K\\r\\u001b[32mok\\u001b[0m\\u202e\\u2066');
    expect(JSON.stringify(JSON.parse(result.stdout))).to.include(JSON.stringify(center.name).slice(1, -1));
    const notJson = run('estimate', file('not-json-request.json', `x${ERASE}${FORGED_OK}`));
    expect(notJson.status).to.equal(2);
    expectSafe(notJson.stderr, 'stderr');
    expect(notJson.stderr).to.include('x␛[2K␍␛[32mok␛[0m');
  });
});
