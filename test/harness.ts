// Lets one test file run both in the browser (web-test-runner's mocha globals) and in Node (node:test).
type Body = () => void | Promise<void>;
type Suite = (name: string, body: Body) => void;

interface Runner {
  describe: Suite;
  it: Suite;
}

async function runner(): Promise<Runner> {
  const globals = globalThis as unknown as Partial<Runner>;
  if (globals.describe && globals.it) return globals as Runner;
  const nodeTest = 'node:test'; // a variable, so the browser's dev server never tries to resolve it
  return (await import(/* @vite-ignore */ nodeTest)) as Runner;
}

export const { describe, it } = await runner();
export { expect } from 'chai';
