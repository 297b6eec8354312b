export * from './schemas/index.js';
export * from './text.js';
export * from './field-errors.js';
