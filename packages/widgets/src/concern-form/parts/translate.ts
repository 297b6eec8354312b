import type { MessageShape, ParamArgs } from '../../shared/i18n/types.js';
import type { LaterMessages } from '../later/messages/index.js';
import type { ConcernFormMessages } from '../messages/index.js';

/** Every string of the form: the page's own and those that come with the code loaded later. */
export type FormMessages = ConcernFormMessages & LaterMessages;

/** A widget's `t`, handed to the functions that render its parts. */
export type Translate<D extends MessageShape> = <K extends keyof D & string>(key: K, ...params: ParamArgs<D[K]>) => string;
