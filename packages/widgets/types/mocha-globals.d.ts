// The few Mocha globals the browser tests use (web-test-runner runs Mocha); @types/mocha is not
// a dependency. Only tsconfig.test.json includes this file.
type MochaDone = (error?: unknown) => void;
type MochaFn = (this: unknown, done: MochaDone) => void | Promise<unknown>;
type MochaSync = (this: unknown) => void | Promise<unknown>;

declare function describe(title: string, fn: () => void): void;
declare function it(title: string, fn?: MochaSync | MochaFn): void;
declare function before(fn: MochaSync): void;
declare function after(fn: MochaSync): void;
declare function beforeEach(fn: MochaSync): void;
declare function afterEach(fn: MochaSync): void;
