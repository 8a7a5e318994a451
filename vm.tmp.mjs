// usage: node vmeasure.mjs '<json of {pathRegex: replacementCode}>'
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const stubs = JSON.parse(process.argv[2] || '{}');
const stub = { name: 'stub', enforce: 'pre', transform(code, id) { for (const [re, rep] of Object.entries(stubs)) if (new RegExp(re).test(id)) return { code: rep.startsWith('s/') ? code.replace(new RegExp(rep.split('/')[1], 'gs'), rep.split('/')[2]) : rep, map: null }; } };
await build({ root: process.cwd(), mode: 'embed', logLevel: 'silent', plugins: [stub], build: { outDir: '/tmp/sz/out', emptyOutDir: true } });
const code = readFileSync('/tmp/sz/out/iop-cost-estimator.js');
console.log((gzipSync(code, { level: 9 }).length / 1024).toFixed(2), 'KB gz', code.length);
