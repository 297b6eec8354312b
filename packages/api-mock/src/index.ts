/**
 * @kommunaldialog/api-mock: a faithful implementation of the Kommunaldialog API that runs in
 * Node, in the browser (MSW, `createMockFetch`) and in tests. Nothing here imports Node modules;
 * the HTTP server and the SQLite store are in `@kommunaldialog/api-mock/node`.
 */
export { createMockApi, DROP_HEADER } from './app.js';
export { createMockFetch, type MockFetch, type MockFetchOptions } from './fetch.js';
export type { MockApi, MockApiOptions, MockControl, ConnectionInfo } from './types.js';
export { FaultSettings, FaultPatch, NO_FAULTS } from './faults.js';
export type { RateLimitOptions } from './rate-limit.js';
export { createSeed, type Dataset, type SeedOptions } from './seed/index.js';
export { generateEvents, generateResults, MAX_GENERATED, type GenerateOptions } from './seed/generate.js';
export { createPrng, type Prng } from './seed/prng.js';
export { MemoryStore } from './store/memory.js';
export type { IdempotencyRecord, RegistrationTotals, Store, StoredConcern, StoredRegistration } from './store/types.js';
export { ResultFeatureCollection } from './routes/results.js';
export { CHALLENGE_TTL_MS } from './routes/concerns.js';
export { IDEMPOTENCY_TTL_MS } from './routes/submission.js';
export { MAX_BODY_BYTES } from './http/body.js';
export { PROBLEM_TYPE_BASE } from './http/problem.js';
export { createScenarioApi, scenarioOf, SCENARIOS, MANY_EVENTS, MANY_RESULTS, type Scenario } from './scenarios.js';
