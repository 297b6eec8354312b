export * from './types.js';
export * from './locale.js';
export * from './define-messages.js';
