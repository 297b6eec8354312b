/**
 * What the form needs only once someone starts: checking, sending (proof of work, delivery,
 * the queue) and what follows a submit (error summary, receipt). Loaded with a dynamic
 * `import()` at the first focus in the form, at a submit, or at once when a queued concern from
 * an earlier page load is waiting, so a page that only shows the form does not download it.
 */
export { concerns, createHttp } from '@kommunaldialog/sdk/resources';
export { ConcernDelivery, isKeyReused } from './delivery.js';
export { ProofOfWork } from './proof-of-work.js';
export { problemsFrom, validate } from './validation.js';
export { renderErrorSummary } from './parts/error-summary.js';
export { problemText } from './parts/problem-text.js';
export { renderReceipt } from './parts/receipt.js';
export { laterMessages } from './later/messages/index.js';
export { adoptAfter, sendingStyles } from './sending.styles.js';
