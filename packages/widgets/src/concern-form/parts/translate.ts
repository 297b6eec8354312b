import type { MessageShape, ParamArgs } from '../../shared/i18n/types.js';

/** A widget's `t`, handed to the functions that render its parts. */
export type Translate<D extends MessageShape> = <K extends keyof D & string>(key: K, ...params: ParamArgs<D[K]>) => string;
