// The licence file shipped beside the embed (dist/THIRD-PARTY-LICENSES.txt, written by `npm run build:embed`), and
// the release audit (`npm run audit:release`). Each runs as the build runs it, into a temporary folder, never dist/
// (Node only).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from '../harness.ts';
import { BUNDLED_PACKAGES, THIRD_PARTY_FILE, bundledPackages, runtimeDependencies } from '../../src/cli/third-party-licenses.ts';
import { auditOutcome } from '../../src/cli/audit-release.ts';

const dir = mkdtempSync(join(tmpdir(), 'iop-licences-'));
const manifest = (name: string) => JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };

// Phrases of the licences themselves, written here rather than read from node_modules, so the test fails if the
// file carries anything less than the full text.
const MIT = [
  'Permission is hereby granted, free of charge, to any person obtaining',
  'The above copyright notice and this permission notice shall be',
  'included in all copies or substantial portions of the Software.',
  'IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY',
];
const BSD_3_CLAUSE = [
  'Redistribution and use in source and binary forms, with or without',
  '1. Redistributions of source code must retain the above copyright notice, this',
  '2. Redistributions in binary form must reproduce the above copyright notice,',
  '3. Neither the name of the copyright holder nor the names of its',
  'THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"',
];
const EXPECTED: Record<string, { copyright: string; phrases: string[] }> = {
  lit: { copyright: 'Copyright (c) 2017 Google LLC', phrases: BSD_3_CLAUSE },
  'lit-element': { copyright: 'Copyright (c) 2017 Google LLC', phrases: BSD_3_CLAUSE },
  'lit-html': { copyright: 'Copyright (c) 2017 Google LLC', phrases: BSD_3_CLAUSE },
  '@lit/reactive-element': { copyright: 'Copyright (c) 2017 Google LLC', phrases: BSD_3_CLAUSE },
  'decimal.js': { copyright: 'Copyright (c) 2025 Michael Mclaughlin', phrases: MIT },
  zod: { copyright: 'Copyright (c) 2025 Colin McDonnell', phrases: MIT },
};

/** The generator's section for one package: from its heading to the next package's rule. */
function section(text: string, name: string): string {
  const version = manifest(name).version;
  const start = text.indexOf(`\n${name} ${version}\nLicence: `);
  expect(start, `${name} ${version} has a section`).to.be.greaterThan(0);
  const end = text.indexOf('\n====', start + 1);
  return text.slice(start, end === -1 ? undefined : end).replace(/\s+/g, ' ');
}

describe('THIRD-PARTY-LICENSES.txt beside the embed', () => {
  const out = join(dir, 'dist');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/third-party-licenses.ts', out], { encoding: 'utf8' });
  const text = run.status === 0 ? readFileSync(join(out, THIRD_PARTY_FILE), 'utf8') : '';

  it('is written by the build step into the folder it is given', () => {
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.include(THIRD_PARTY_FILE);
  });

  it('lists every bundled package with its installed version and licence', () => {
    expect([...BUNDLED_PACKAGES].sort()).to.deep.equal(Object.keys(EXPECTED).sort());
    for (const name of BUNDLED_PACKAGES) {
      const { version, license } = manifest(name);
      expect(text, name).to.include(`  ${name} ${version} (${license})\n`);
    }
  });

  it("carries each package's full licence text: copyright line, grant, conditions and disclaimer", () => {
    for (const [name, { copyright, phrases }] of Object.entries(EXPECTED)) {
      const body = section(text, name);
      expect(body, name).to.include(copyright);
      for (const phrase of phrases) expect(body, `${name}: ${phrase}`).to.include(phrase.replace(/\s+/g, ' '));
    }
  });

  it('covers every runtime dependency the browser build can reach; the rest are named with a reason', () => {
    const runtime = [...runtimeDependencies().keys()].sort();
    expect(runtime).to.include.members([...BUNDLED_PACKAGES]);
    expect(runtime.filter((name) => !(BUNDLED_PACKAGES as readonly string[]).includes(name))).to.deep.equal(['@lit-labs/ssr-dom-shim', '@types/trusted-types']);
  });

  it('fails the build when a new runtime dependency is neither listed as bundled nor as not bundled', () => {
    const root = mkdtempSync(join(dir, 'root-'));
    const install = (name: string, dependencies: Record<string, string> = {}) => {
      mkdirSync(join(root, 'node_modules', name), { recursive: true });
      writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', license: 'MIT', dependencies }));
    };
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'x', version: '0.0.0', dependencies: { lit: '*' } }));
    install('lit', { 'left-pad': '*' });
    install('left-pad');
    expect(() => bundledPackages(root)).to.throw(/neither listed as bundled nor as not bundled .*: left-pad$/);
  });

  it("names the project's own licence, which LICENSE at the root holds", () => {
    expect(text).to.include('under the MIT licence in LICENSE');
    const license = readFileSync('LICENSE', 'utf8');
    expect(license).to.match(/^MIT License\n\nCopyright \(c\) 2026 the IOP cost estimator contributors\n/);
    expect(license.replace(/\s+/g, ' ')).to.include(MIT[0]!);
  });

  it('ships in the npm package (package.json files) and is written by build:embed', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[]; scripts: Record<string, string>; license: string };
    expect(pkg.license).to.equal('MIT');
    expect(pkg.files).to.include.members(['dist', 'LICENSE']);
    expect(pkg.scripts['build:embed']).to.match(/&& node --import tsx src\/cli\/third-party-licenses\.ts$/);
  });
});

// What `npm audit --omit=dev --json` prints, in the shapes npm 10 and 11 use.
const CLEAN = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 7, dev: 0, total: 6 } } };
const VULNERABLE = {
  auditReportVersion: 2,
  vulnerabilities: {
    zod: { name: 'zod', severity: 'high', range: '<4.6.8', via: [{ title: 'Denial of service in \u001b[2Jzod', url: 'https://github.com/advisories/GHSA-0000-0000-0000', severity: 'high' }] },
    lit: { name: 'lit', severity: 'moderate', range: '3.0.0 - 3.3.3', via: ['lit-html'] },
  },
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 1, critical: 0, total: 2 }, dependencies: { prod: 7 } },
};
const REFUSED = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } };
const OFFLINE = { error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', detail: '' } };

describe('npm run audit:release', () => {
  const when = new Date('2026-12-05T10:00:00Z');

  it('a clean report: says so, with the number of production packages', () => {
    const outcome = auditOutcome({ status: 0, stdout: JSON.stringify(CLEAN), stderr: '' }, when);
    expect(outcome).to.include({ answered: true, vulnerabilities: 0 });
    expect(outcome.text).to.equal('npm audit --omit=dev (the packages that reach the embed), 2026-12-05T10:00:00.000Z\nResult: no known vulnerability among 7 production packages.\n');
  });

  it('vulnerabilities: lists each with its advisory, control characters removed', () => {
    const outcome = auditOutcome({ status: 1, stdout: JSON.stringify(VULNERABLE), stderr: '' }, when);
    expect(outcome).to.include({ answered: true, vulnerabilities: 2 });
    expect(outcome.text).to.include('Result: 2 known vulnerabilities among 7 production packages (1 high, 1 moderate):');
    expect(outcome.text).to.include('  - zod <4.6.8, high: Denial of service in [2Jzod https://github.com/advisories/GHSA-0000-0000-0000');
    expect(outcome.text).to.include('  - lit 3.0.0 - 3.3.3, moderate: through lit-html');
    expect(outcome.text).not.to.match(/\u001b/);
  });

  it('no answer (a refused endpoint, no network, npm missing): "the registry did not answer", not a failure', () => {
    for (const [run, reason] of [
      [{ status: 1, stdout: JSON.stringify(REFUSED), stderr: 'npm error audit endpoint returned an error\n' }, '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk'],
      [{ status: 1, stdout: JSON.stringify(OFFLINE), stderr: '' }, 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org'],
      [{ status: 1, stdout: '', stderr: 'npm error code ECONNRESET\nnpm error A complete log of this run can be found in: /tmp/x.log\n' }, 'code ECONNRESET'],
      [{ status: null, stdout: '', stderr: '', error: new Error('spawnSync npm ENOENT') }, 'spawnSync npm ENOENT'],
    ] as const) {
      const outcome = auditOutcome(run, when);
      expect(outcome).to.include({ answered: false, vulnerabilities: 0 });
      expect(outcome.text).to.include(`Result: the registry did not answer: ${reason}\n`);
    }
  });

  /** Runs the command with a stand-in `npm` first on the PATH that prints `report` and exits `status`. */
  function audit(report: unknown, status: number) {
    const bin = mkdtempSync(join(dir, 'bin-'));
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'report.json'), JSON.stringify(report));
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\n[ "$1 $2 $3" = "audit --omit=dev --json" ] || exit 9\ncat "${join(bin, 'report.json')}"\nexit ${status}\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const out = join(bin, 'out', 'AUDIT.txt');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/audit-release.ts', out], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
    });
    return { status: run.status, stderr: run.stderr, file: readFileSync(out, 'utf8') };
  }

  it('writes the result for the release notes; exits 1 only when the registry reports a vulnerability', () => {
    if (process.platform === 'win32') return; // the stand-in npm is a shell script
    const clean = audit(CLEAN, 0);
    expect(clean.status, clean.stderr).to.equal(0);
    expect(clean.file).to.include('Result: no known vulnerability');
    const refused = audit(REFUSED, 1);
    expect(refused.status, refused.stderr).to.equal(0);
    expect(refused.file).to.include('Result: the registry did not answer: 405 Method Not Allowed');
    const vulnerable = audit(VULNERABLE, 1);
    expect(vulnerable.status).to.equal(1);
    expect(vulnerable.file).to.include('Result: 2 known vulnerabilities');
  });
});
