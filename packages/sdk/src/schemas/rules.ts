// Refinements that reach across fields, as named functions rather than inline closures: the
// generated response checks (src/checks, scripts/generate-checks.ts) call the very same functions,
// which they can only do for a refinement they can name. Their input has passed the object's
// field checks.

/** An event does not end before it starts. */
export const endNotBeforeStart = (event: { start: string; end: string }): boolean =>
  Date.parse(event.end) >= Date.parse(event.start);

/** An event takes place somewhere: at a venue, online, or both. */
export const venueOrOnline = (event: { venue?: unknown; onlineUrl?: unknown }): boolean =>
  event.venue !== undefined || event.onlineUrl !== undefined;
