/**
 * Classes and types of the Kommunaldialog widgets. Importing this registers nothing: import
 * `@kommunaldialog/widgets/define/<name>` to define a tag.
 */
export * from './shared/index.js';
export { KdProvider } from './provider/kd-provider.js';
