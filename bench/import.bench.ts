// `npm run bench:import`: reads a ~200 MB tall CSV price file and a ~200 MB JSON price file of the same rows, as large
// hospitals publish, and prints for each the time and MB/s, the rows read, the IOP rates found and the peak memory,
// beside a plain byte scan of the same file for the IOP codes (Buffer.indexOf over the file's chunks) timed in the
// same run, and how many times slower than that scan the reader is. The files are generated in a temporary folder
// of their own (IOP rows scattered among many others, with quoted commas, N/A and several payers) and deleted after.
// Aims (issue 21): 30 MB/s or better, within 10x of the byte scan, and memory that does not grow with the file.
// `npm run bench:import -- csv` or `-- json` reads only that layout; `--mb N` sets the size of each file.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPriceFile } from '../src/import/price-file.ts';

const args = process.argv.slice(2);
const sizeArg = args.indexOf('--mb');
const TARGET_BYTES = (sizeArg >= 0 ? Number(args[sizeArg + 1]) : 200) * 1024 * 1024;
const LAYOUTS = ['csv', 'json'].filter((layout) => !args.some((arg) => arg === 'csv' || arg === 'json') || args.includes(layout));
const IOP_EVERY = 997; // one IOP row in about a thousand

const HEADER = [
  'hospital_name,last_updated_on,version,location_name,hospital_address,license_number|OH,type_2_npi,attestation,attester_name',
  'Bench General Hospital,2026-03-02,3.0.0,Bench General Hospital,"1 Main St, Columbus, OH 43215",99999,1234567893,true,Bench',
  'description,code|1,code|1|type,code|2,code|2|type,setting,drug_unit_of_measurement,drug_type_of_measurement,standard_charge|gross,' +
    'standard_charge|discounted_cash,payer_name,plan_name,modifiers,standard_charge|negotiated_dollar,standard_charge|negotiated_percentage,' +
    'standard_charge|negotiated_algorithm,median_amount,10th_percentile,90th_percentile,count,standard_charge|min,standard_charge|max,' +
    'standard_charge|methodology,additional_generic_notes',
].join('\n');

const PAYERS = [
  ['Platform Health Insurance', 'PPO'],
  ['Region Health Insurance', 'HMO'],
  ['Acme Health', 'Gold PPO'],
  ['Beacon Care', 'Standard'],
];
const SERVICES = [
  ['Office visit, established patient, level 3', '99213', 'CPT', '510', 'RC'],
  ['Basic metabolic panel', '80048', 'CPT', '301', 'RC'],
  ['MRI of brain, without contrast', '70551', 'CPT', '611', 'RC'],
  ['Psychiatric diagnostic evaluation', '90791', 'CPT', '900', 'RC'],
  ['Group psychotherapy, other than multiple-family group', '90853', 'CPT', '914', 'RC'],
];
const IOP = [
  ['Intensive outpatient psychiatric services, per diem', 'S9480', 'HCPCS', '0905', 'RC'],
  ['Alcohol and/or drug services; intensive outpatient, per hour', 'H0015', 'HCPCS', '906', 'RC'],
];

/** Row n's content, whatever the layout. */
function rowOf(n: number) {
  const iop = n % IOP_EVERY === 0;
  const [description, code1, type1, code2, type2] = (iop ? IOP[n % IOP.length] : SERVICES[n % SERVICES.length])!;
  const [payer, plan] = PAYERS[n % PAYERS.length]!;
  const cents = String(n % 100).padStart(2, '0');
  const percentage = n % 7 === 0;
  return {
    iop,
    description: description!,
    codes: [
      [code1!, type1!],
      [code2!, type2!],
    ],
    setting: iop ? 'outpatient' : n % 3 === 0 ? 'inpatient' : 'outpatient',
    gross: `${1 + (n % 9)},${String(n % 1000).padStart(3, '0')}.${cents}`,
    payer: payer!,
    plan: plan!,
    dollar: percentage ? '' : `${100 + (n % 900)}.${cents}`,
    percent: percentage ? '65' : '',
    median: percentage ? `${200 + (n % 500)}.${cents}` : '',
    count: percentage ? '14' : '',
    methodology: percentage ? 'percent of total billed charges' : 'fee schedule',
    notes: n % 11 === 0 ? 'Paid per contract, see notes' : 'N/A',
  };
}

const quoted = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

function csvRow(n: number): { text: string; iop: boolean } {
  const r = rowOf(n);
  const cells = [
    r.description,
    ...r.codes.flat(),
    r.setting,
    '',
    '',
    r.gross,
    'N/A',
    r.payer,
    r.plan,
    '',
    r.dollar,
    r.percent,
    '',
    r.median,
    '',
    '',
    r.count,
    '',
    '',
    r.methodology,
    r.notes,
  ];
  return { text: `${cells.map(quoted).join(',')}\n`, iop: r.iop };
}

function jsonItem(n: number): { text: string; iop: boolean } {
  const r = rowOf(n);
  const payer: Record<string, unknown> = { payer_name: r.payer, plan_name: r.plan, methodology: r.methodology };
  if (r.dollar) payer['standard_charge_dollar'] = Number(r.dollar);
  if (r.percent) payer['standard_charge_percentage'] = Number(r.percent);
  if (r.median) payer['median_amount'] = Number(r.median);
  if (r.count) payer['count'] = r.count;
  const item = {
    description: r.description,
    code_information: r.codes.map(([code, type]) => ({ code, type })),
    standard_charges: [
      {
        setting: r.setting,
        gross_charge: Number(r.gross.replace(',', '')),
        payers_information: [payer],
        ...(r.notes === 'N/A' ? {} : { additional_generic_notes: r.notes }),
      },
    ],
  };
  return { text: JSON.stringify(item), iop: r.iop };
}

const JSON_HEAD =
  '{"hospital_name":"Bench General Hospital","last_updated_on":"2026-03-02","version":"3.0.0",' +
  '"hospital_address":["1 Main St, Columbus, OH 43215"],"type_2_npi":["1234567893"],"standard_charge_information":[\n';

async function generate(path: string, layout: 'csv' | 'json'): Promise<{ rows: number; iopRows: number }> {
  const out = createWriteStream(path);
  const head = layout === 'csv' ? `${HEADER}\n` : JSON_HEAD;
  out.write(head);
  let bytes = head.length;
  let rows = 0;
  let iopRows = 0;
  while (bytes < TARGET_BYTES) {
    const batch: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const { text, iop } = layout === 'csv' ? csvRow(++rows) : jsonItem(++rows);
      if (iop) iopRows++;
      batch.push(text);
    }
    const text = layout === 'csv' ? batch.join('') : `${rows > 5000 ? ',\n' : ''}${batch.join(',\n')}`;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  if (layout === 'json') out.write('\n]}\n');
  out.end();
  await once(out, 'finish');
  return { rows, iopRows };
}

/** The plain byte scan: every chunk of the file searched for the HCPCS IOP codes, nothing parsed. */
async function byteScan(path: string): Promise<{ seconds: number; hits: number }> {
  const needles = ['S9480', 'H0015'].map((code) => Buffer.from(code));
  const start = process.hrtime.bigint();
  let hits = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    for (const needle of needles) {
      for (let at = chunk.indexOf(needle); at !== -1; at = chunk.indexOf(needle, at + needle.length)) hits++;
    }
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, hits };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rate = (bytes: number, seconds: number) => `${(bytes / 1024 / 1024 / seconds).toFixed(1)} MB/s`;

async function bench(dir: string, layout: 'csv' | 'json'): Promise<void> {
  const path = join(dir, `bench.${layout}`);
  try {
    process.stdout.write(`\n${layout.toUpperCase()}: generating... `);
    const generated = await generate(path, layout);
    const size = statSync(path).size;
    console.log(`${mb(size)}, ${generated.rows.toLocaleString('en-US')} rows, ${generated.iopRows} of them IOP`);

    const scan = await byteScan(path);
    console.log(`byte scan:  ${scan.seconds.toFixed(2)} s (${rate(size, scan.seconds)}), ${scan.hits} HCPCS IOP codes seen`);

    globalThis.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sample = () => {
      const { rss, heapUsed } = process.memoryUsage();
      if (rss > peakRss) peakRss = rss;
      if (heapUsed > peakHeap) peakHeap = heapUsed;
    };
    const sampler = setInterval(sample, 25);
    const start = process.hrtime.bigint();
    const report = await readPriceFile(path, { onProgress: sample });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    clearInterval(sampler);
    sample();

    console.log(`reader:     ${seconds.toFixed(2)} s (${rate(size, seconds)}), ${(seconds / scan.seconds).toFixed(1)}x the byte scan's time`);
    console.log(`rows read: ${report.rowsRead.toLocaleString('en-US')}; IOP rates found: ${report.rates.length}`);
    console.log(`skipped: ${report.skipped.map(({ reason, count }) => `${reason} ${count.toLocaleString('en-US')}`).join(', ')}`);
    console.log(`memory before reading: rss ${mb(before.rss)}, heapUsed ${mb(before.heapUsed)}`);
    console.log(`peak while reading:    rss ${mb(peakRss)}, heapUsed ${mb(peakHeap)}`);
    if (report.rowsRead !== generated.rows || report.rates.length !== generated.iopRows) {
      console.log(`MISMATCH: expected ${generated.rows} rows and ${generated.iopRows} IOP rates`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(path, { force: true });
  }
}

const dir = mkdtempSync(join(tmpdir(), 'iop-import-bench-'));
try {
  for (const layout of LAYOUTS as ('csv' | 'json')[]) await bench(dir, layout);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
