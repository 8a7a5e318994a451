// web-test-runner's mocha globals, typed (the project has no @types/mocha; test/harness.ts does the same
// for describe and it in the core tests).
type Body = () => void | Promise<void>;

interface MochaGlobals {
  describe(name: string, body: () => void): void;
  it(name: string, body: Body): void;
  beforeEach(body: Body): void;
  afterEach(body: Body): void;
}

const mocha = globalThis as unknown as MochaGlobals;

export const describe = mocha.describe;
export const it = mocha.it;
export const beforeEach = mocha.beforeEach;
export const afterEach = mocha.afterEach;
