import * as z from 'zod/mini';
import { LocalizedText, Slug, pageOf } from './common.js';

/** A subject of the dialogue (housing, jobs, safety …), labelled in every UI language. */
export const Topic = /* @__PURE__ */ z.object({
  id: Slug,
  labels: LocalizedText,
});
export type Topic = z.infer<typeof Topic>;
/** One page of `GET /topics`. */
export const TopicPage = /* @__PURE__ */ pageOf(Topic);
