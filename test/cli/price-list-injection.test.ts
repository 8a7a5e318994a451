// Issue 17, item 4: CSV formulas and raw HTML in the price list (Node only). A center file, or a price file that
// import-prices copies into one, names a hospital, a track or a payer `=HYPERLINK(...)`; `price-list --format csv`
// must not hand the counselor's spreadsheet a live formula, and the Markdown must not carry raw HTML or markup.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from '../harness.ts';
import { runCli, tempFiles } from './cli.ts';

const { dir, file } = tempFiles('iop-price-list-injection-');
const EXAMPLE = JSON.parse(readFileSync('data/centers/example.json', 'utf8')) as Record<string, any>;

const run = runCli;

const START = ['--start', '2026-03-02'];

/** What a spreadsheet takes for the start of a formula (OWASP: = + - @ tab carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Every cell in double quotes, double quotes inside doubled, cells separated by commas. */
const ALL_QUOTED = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/;

/** The example center with formulas for names: the center, each track, three payers and a source. */
function formulaCenter(): Record<string, any> {
  const center = structuredClone(EXAMPLE);
  center.name = '=HYPERLINK("http://x","y")';
  center.programs[0].name = '+1';
  center.programs[1].name = '-2+3';
  center.programs[2].name = '\tTab track';
  const payers = ['@SUM(A1)', '\rCR payer', "=cmd|' /C calc'!A0"];
  center.rates.negotiated.forEach((rate: { payer: string }, i: number) => (rate.payer = payers[i]!));
  center.inNetworkPayers = [...payers, 'Medicare', 'Medicaid'];
  center.medicare.source = '-1+1 source';
  center.slidingScale.bands[0].label = '=1+1';
  return center;
}

function csvRecords(text: string): string[][] {
  return parse(text) as string[][];
}

describe('price-list --format csv: CSV injection (OWASP)', () => {
  const run1 = run('price-list', ...START, '--format', 'csv', '--center', file('formulas.json', formulaCenter()));
  const [header, ...records] = csvRecords(run1.stdout);
  const column = (name: string) => header!.indexOf(name);

  it('runs and still parses as CSV, a record per line, every cell quoted (a comma or semicolon in a name cannot start a cell)', () => {
    expect(run1.status).to.equal(0);
    expect(run1.stderr).to.equal('');
    expect(records).to.have.length(3 * 17);
    for (const record of records) expect(record).to.have.length(header!.length);
    const lines = run1.stdout.split('\r\n');
    expect(lines.pop()).to.equal('');
    expect(lines).to.have.length(1 + 3 * 17);
    for (const line of lines) expect(line).to.match(ALL_QUOTED);
  });

  it('=HYPERLINK("http://x","y") as the center name (a live link in the counselor\'s sheet): a leading single quote, its quotes doubled', () => {
    expect(run1.stdout).to.include('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const record of records) expect(record[column('center')]).to.equal('\'=HYPERLINK("http://x","y")');
  });

  it('+1 and -2+3 as track names (arithmetic evaluated): neutralised; a leading tab shown as ␉ and neutralised', () => {
    const tracks = [...new Set(records.map((record) => record[column('track')]))];
    expect(tracks).to.deep.equal(["'+1", "'-2+3", "'\u2409Tab track"]);
  });

  it('@SUM(A1), a leading carriage return and =cmd|\' /C calc\'!A0 (DDE) as payers: every coverage and assumes cell that starts with one is neutralised', () => {
    const coverage = records.map((record) => record[column('coverage')]!);
    expect(coverage).to.include("'@SUM(A1): employer or private plan, in network");
    expect(coverage).to.include("'\u240dCR payer: ACA Marketplace silver plan, in network");
    expect(coverage).to.include("'=cmd|' /C calc'!A0: employer or private plan, in network");
    const assumes = records.map((record) => record[column('assumes')]!);
    expect(assumes.some((cell) => cell.startsWith("'@SUM(A1)'s rate $520.00 a day;"))).to.equal(true);
    expect(assumes.some((cell) => cell.startsWith("'\u240dCR payer's rate $480.00 a day;"))).to.equal(true);
  });

  it('-1+1 as the source of the Medicare figures: the sources cell is neutralised', () => {
    const advantage = records.find((record) => record[column('coverage')] === 'Medicare Advantage plan, out of network')!;
    expect(advantage[column('sources')]).to.equal("'-1+1 source");
  });

  it('a formula in the middle of a cell cannot run (a cell is a formula only from its first character): left as it is', () => {
    expect(records.some((record) => record[column('coverage')]!.startsWith('Self-pay, sliding scale band 1 (=1+1): income at 100%'))).to.equal(true);
  });

  it('no cell starts a formula; the tool\'s own dates, days and amounts are written as they are, so a spreadsheet still reads them as numbers', () => {
    for (const record of records) {
      for (const cell of record) expect(cell).to.not.match(FORMULA_START);
      expect(record[column('start_date')]).to.equal('2026-03-02');
      expect(record[column('service_days')]).to.match(/^\d+$/);
      for (const name of ['estimated_person_pays', 'low', 'high']) expect(record[column(name)]).to.match(/^\d+\.\d{2}$/);
    }
  });

  it('a hospital named =HYPERLINK(...) in a price file, copied by import-prices into the center file, stays text in the price list', () => {
    const prices = readFileSync('test/fixtures/price-files/iop-v3-tall.csv', 'utf8')
      .replace('Lakeside Behavioral Hospital,3/2/2026', '"=HYPERLINK(""http://evil.example"",""Lakeside"")",3/2/2026')
      .replaceAll('Platform Health Insurance', '@SUM(1+1)*cmd');
    const out = join(dir, 'imported.json');
    const imported = run('import-prices', file('formula-prices.csv', prices), '--out', out);
    expect(imported.status).to.equal(0);
    const center = JSON.parse(readFileSync(out, 'utf8'));
    expect(center.name).to.equal('=HYPERLINK("http://evil.example","Lakeside")');
    center.rates.outOfNetworkAllowedPercent = 60;
    writeFileSync(out, JSON.stringify(center));
    const sheet = run('price-list', ...START, '--format', 'csv', '--center', out);
    expect(sheet.status).to.equal(0);
    const [, ...rows] = csvRecords(sheet.stdout);
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      expect(row[0]).to.equal('\'=HYPERLINK("http://evil.example","Lakeside")');
      for (const cell of row) expect(cell).to.not.match(FORMULA_START);
    }
    expect(rows.map((row) => row[4])).to.include("'@SUM(1+1)*cmd: employer or private plan, in network");
  });
});

describe('price-list Markdown: raw HTML and markup from the files escaped', () => {
  const center = structuredClone(EXAMPLE);
  center.name = '<script>alert(1)</script> | Center & Co';
  center.programs[0].name = '*bold* _it_ `code` | extra column';
  center.rates.negotiated[0].payer = '<img src=x onerror=alert(1)>';
  center.rates.negotiated[1].payer = '[click](javascript:alert(1))';
  center.inNetworkPayers = [center.rates.negotiated[0].payer, center.rates.negotiated[1].payer, 'UnitedHealthcare', 'Medicare', 'Medicaid'];
  const plans = JSON.parse(readFileSync('data/typical-plans.json', 'utf8'));
  plans.plans.employerPpo.label = '# Heading <b>bold</b> \\';
  plans.plans.employerPpo.inNetwork.deductible.source = { label: '<iframe src=x>', url: 'javascript:alert(1)' };
  const md = run('price-list', ...START, '--center', file('html.json', center), '--plans', file('html-plans.json', plans));
  const out = md.stdout;

  it('runs, and no HTML tag from the files is left raw: <script>, <img onerror>, <iframe>, <b>', () => {
    expect(md.status).to.equal(0);
    expect(md.stderr).to.equal('');
    expect(out).to.not.match(/<(script|img|iframe|b)\b/i);
  });

  it('<script> and | in the center name: entities and \\|, so the heading is the name and nothing else', () => {
    expect(out.split('\n')[0]).to.equal('# IOP price list: &lt;script&gt;alert(1)&lt;/script&gt; \\| Center &amp; Co');
  });

  it('| in a track or payer name cannot add a table column: every row keeps its three cells', () => {
    const rows = out.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).to.have.length(3 * 18);
    // Escapes (\x) removed, what is left has four pipes: three cells.
    for (const row of rows) expect(row.replace(/\\./g, '').match(/\|/g)).to.have.length(4);
    expect(out).to.include('## \\*bold\\* \\_it\\_ \\`code\\` \\| extra column\n');
  });

  it('[click](javascript:alert(1)) as a payer is not a link; <img onerror> as a payer is text', () => {
    expect(out).to.include('| \\[click\\](javascript:alert(1)): employer or private plan, in network |');
    expect(out).to.include('| &lt;img src=x onerror=alert(1)&gt;: employer or private plan, in network |');
  });

  it('a plans file\'s label and source: # and \\ escaped, <iframe> as text, a javascript: address never linked; https addresses still are', () => {
    expect(out).to.include('  - \\# Heading &lt;b&gt;bold&lt;/b&gt; \\\\, in network: deductible $1,886.00 (&lt;iframe src=x&gt; &lt;javascript:alert(1)&gt;);');
    expect(out).to.not.include('<javascript:');
    expect(out).to.include('<https://www.benere.us/demand>');
    expect(out).to.include('<https://meps.ahrq.gov/mepsweb/data_stats/summ_tables/insr/national/series_1/2018/tif10.htm>');
  });
});
