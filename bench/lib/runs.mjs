// How many runs a measurement gets: at least `min`, at most `max`, and no new run once the
// section's time budget is spent (so the whole benchmark stays within minutes on a slow or
// busy machine). The tables report the number of runs each figure rests on.
export async function repeat({ min, max, budgetMs }, runOnce) {
  const started = Date.now();
  const results = [];
  for (let i = 0; i < max; i++) {
    if (i >= min && Date.now() - started > budgetMs) break;
    results.push(await runOnce(i));
  }
  return results;
}
