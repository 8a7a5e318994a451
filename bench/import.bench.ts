// `npm run bench:import`: reads a ~200 MB tall CSV price file, as large hospitals publish, and prints the time, the
// rows read, the IOP rates found and the peak memory. The file is generated in the system's temporary folder (IOP
// rows scattered among many others, with quoted commas, N/A and several payers) and deleted afterwards.
// Aim: memory that does not grow with the file (the reader streams), and well under a minute on a laptop.
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPriceFile } from '../src/import/price-file.ts';

const TARGET_BYTES = 200 * 1024 * 1024;
const IOP_EVERY = 997; // one IOP row in about a thousand

const HEADER = [
  'hospital_name,last_updated_on,version,location_name,hospital_address,license_number|OH,type_2_npi,attestation,attester_name',
  'Bench General Hospital,2026-03-02,3.0.0,Bench General Hospital,"1 Main St, Columbus, OH 43215",99999,1234567893,true,Bench',
  'description,code|1,code|1|type,code|2,code|2|type,setting,drug_unit_of_measurement,drug_type_of_measurement,standard_charge|gross,' +
    'standard_charge|discounted_cash,payer_name,plan_name,modifiers,standard_charge|negotiated_dollar,standard_charge|negotiated_percentage,' +
    'standard_charge|negotiated_algorithm,median_amount,10th_percentile,90th_percentile,count,standard_charge|min,standard_charge|max,' +
    'standard_charge|methodology,additional_generic_notes',
].join('\n');

const PAYERS = ['Platform Health Insurance,PPO', 'Region Health Insurance,HMO', 'Acme Health,Gold PPO', 'Beacon Care,Standard'];
const SERVICES = [
  ['"Office visit, established patient, level 3"', '99213', 'CPT', '510', 'RC'],
  ['Basic metabolic panel', '80048', 'CPT', '301', 'RC'],
  ['"MRI of brain, without contrast"', '70551', 'CPT', '611', 'RC'],
  ['Psychiatric diagnostic evaluation', '90791', 'CPT', '900', 'RC'],
  ['"Group psychotherapy, other than multiple-family group"', '90853', 'CPT', '914', 'RC'],
];
const IOP = [
  ['"Intensive outpatient psychiatric services, per diem"', 'S9480', 'HCPCS', '0905', 'RC'],
  ['"Alcohol and/or drug services; intensive outpatient, per hour"', 'H0015', 'HCPCS', '906', 'RC'],
];

function row(n: number): { text: string; iop: boolean } {
  const iop = n % IOP_EVERY === 0;
  const [description, code1, type1, code2, type2] = (iop ? IOP[n % IOP.length] : SERVICES[n % SERVICES.length])!;
  const payer = PAYERS[n % PAYERS.length]!;
  const cents = String(n % 100).padStart(2, '0');
  const gross = `"${1 + (n % 9)},${String(n % 1000).padStart(3, '0')}.${cents}"`;
  const setting = iop ? 'outpatient' : n % 3 === 0 ? 'inpatient' : 'outpatient';
  const percentage = n % 7 === 0;
  const dollar = percentage ? '' : `${100 + (n % 900)}.${cents}`;
  const percent = percentage ? '65' : '';
  const median = percentage ? `${200 + (n % 500)}.${cents}` : '';
  const notes = n % 11 === 0 ? '"Paid per contract, see notes"' : 'N/A';
  return {
    text: `${description},${code1},${type1},${code2},${type2},${setting},,,${gross},N/A,${payer},,${dollar},${percent},,${median},,,${percentage ? '14' : ''},,,${percentage ? 'percent of total billed charges' : 'fee schedule'},${notes}\n`,
    iop,
  };
}

async function generate(path: string): Promise<{ rows: number; iopRows: number }> {
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  let bytes = HEADER.length + 1;
  let rows = 0;
  let iopRows = 0;
  while (bytes < TARGET_BYTES) {
    let batch = '';
    for (let i = 0; i < 5000; i++) {
      const { text, iop } = row(++rows);
      if (iop) iopRows++;
      batch += text;
    }
    bytes += Buffer.byteLength(batch);
    if (!out.write(batch)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { rows, iopRows };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const path = join(tmpdir(), `iop-import-bench-${process.pid}.csv`);
try {
  process.stdout.write('generating... ');
  const generated = await generate(path);
  const size = statSync(path).size;
  console.log(`${mb(size)}, ${generated.rows.toLocaleString('en-US')} rows, ${generated.iopRows} of them IOP`);

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

  console.log(`read in ${seconds.toFixed(2)} s (${(size / 1024 / 1024 / seconds).toFixed(1)} MB/s)`);
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
