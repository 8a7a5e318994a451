// `npm run audit:release [-- OUT.txt]`: runs `npm audit --omit=dev` (the packages that reach the embed: Lit, zod,
// decimal.js and what they pull in) and writes what it found to OUT.txt, by default dist/AUDIT.txt, for the
// release notes. SECURITY.md ("Supply chain") makes a clean result a release gate.
//
//   - The registry answers, no known vulnerability: the file says so; exit 0.
//   - The registry answers with vulnerabilities: the file lists each (package, range, severity, advisory); exit 1,
//     so the release stops.
//   - The registry does not answer (offline, a proxy that refuses the audit endpoint, a timeout): the file says
//     "the registry did not answer: <error>"; exit 0, so a build on a machine without the audit endpoint still
//     finishes, and the release notes show that the audit has still to be run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const AUDIT_FILE = 'dist/AUDIT.txt';
export const AUDIT_COMMAND = ['audit', '--omit=dev', '--json'] as const;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;

/** What running `npm audit` gave: its exit status and output, or the error that kept it from running. */
export interface AuditRun {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

export interface AuditOutcome {
  /** The registry answered with a report. */
  answered: boolean;
  /** Known vulnerabilities in the report (0 when it did not answer). */
  vulnerabilities: number;
  /** The lines for the release notes. */
  text: string;
}

interface Advisory {
  title?: string;
  url?: string;
  severity?: string;
}

interface Report {
  vulnerabilities?: Record<string, { name?: string; severity?: string; range?: string; via?: (string | Advisory)[] }>;
  metadata?: { vulnerabilities?: Partial<Record<(typeof SEVERITIES)[number] | 'total', number>>; dependencies?: { prod?: number } };
  error?: { code?: string; summary?: string; detail?: string };
  message?: string;
}

/** Control characters out of text from outside (the registry's messages, advisory titles): one printable line. */
const clean = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/ {2,}/g, ' ').trim();

/** Why a run produced no report, in one line. */
function noAnswerReason(run: AuditRun, report: Report | undefined): string {
  if (run.error) return clean(run.error.message);
  const fromReport = report?.error?.summary || report?.message || report?.error?.code;
  if (fromReport) return clean(fromReport);
  const npmError = run.stderr.split('\n').find((line) => /^npm (error|ERR!)/.test(line) && !/complete log/i.test(line));
  if (npmError) return clean(npmError.replace(/^npm (error|ERR!)\s*/, ''));
  return run.status === null ? 'npm audit was stopped before it finished' : `npm audit exited ${run.status} without a report`;
}

/** Reads one run of `npm audit --omit=dev --json` into the release-notes text. */
export function auditOutcome(run: AuditRun, when: Date = new Date()): AuditOutcome {
  const heading = `npm audit --omit=dev (the packages that reach the embed), ${when.toISOString()}`;
  let report: Report | undefined;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (run.error || !report || !counts || typeof counts.total !== 'number') {
    const reason = noAnswerReason(run, report);
    return {
      answered: false,
      vulnerabilities: 0,
      text: `${heading}\nResult: the registry did not answer: ${reason}\nThe audit has still to be run where the registry answers (npm run audit:release) before this release is published.\n`,
    };
  }
  const prod = report.metadata?.dependencies?.prod;
  const packages = typeof prod === 'number' ? ` among ${prod} production packages` : '';
  if (counts.total === 0) {
    return { answered: true, vulnerabilities: 0, text: `${heading}\nResult: no known vulnerability${packages}.\n` };
  }
  const bySeverity = SEVERITIES.filter((s) => (counts[s] ?? 0) > 0).map((s) => `${counts[s]} ${s}`).join(', ');
  const lines = Object.entries(report.vulnerabilities ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([name, v]) => {
    const advisories = (v.via ?? []).filter((via): via is Advisory => typeof via === 'object');
    const through = (v.via ?? []).filter((via): via is string => typeof via === 'string');
    const detail = advisories.length
      ? advisories.map((a) => clean([a.title, a.url].filter(Boolean).join(' '))).join('; ')
      : `through ${through.map(clean).join(', ')}`;
    return `  - ${clean(name)} ${clean(v.range ?? '')}, ${clean(v.severity ?? 'unknown severity')}: ${detail}`;
  });
  return {
    answered: true,
    vulnerabilities: counts.total,
    text: `${heading}\nResult: ${counts.total} known ${counts.total === 1 ? 'vulnerability' : 'vulnerabilities'}${packages} (${bySeverity}):\n${lines.join('\n')}\n`,
  };
}

/** Runs `npm audit --omit=dev --json` in the repository. The audit endpoint gets two minutes. */
export function runNpmAudit(cwd: string = ROOT): AuditRun {
  const run = spawnSync('npm', [...AUDIT_COMMAND], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr ?? '', ...(run.error ? { error: run.error } : {}) };
}

function main(args: string[]): number {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    process.stderr.write('usage: npm run audit:release [-- OUT.txt]\n');
    return 2;
  }
  const out = args[0] ?? AUDIT_FILE;
  const outcome = auditOutcome(runNpmAudit());
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outcome.text);
  process.stdout.write(`${out}:\n${outcome.text}`);
  return outcome.vulnerabilities > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
