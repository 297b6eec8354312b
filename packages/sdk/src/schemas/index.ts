export * from './common.js';
export * from './municipality.js';
export * from './event.js';
export * from './concern.js';
export * from './result.js';
