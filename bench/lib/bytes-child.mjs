// Runs in a child process: evaluates packages/widgets/scripts/check-budget.mjs (which writes its
// page and file sizes with `--json`), then measures the peer bundles with the same `gzip` and
// `brotli` functions it exports, so both sides are compressed exactly alike.
//
//   node bytes-child.mjs <check-budget.mjs> <budget.json> <peers.json> <peer file>...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, budgetJson, peersJson, ...peerFiles] = process.argv.slice(2);

// check-budget reads its arguments and ends with process.exit(status) when it is done (status 1
// when a page is over budget — that is for `npm test`; here the sizes are what counts).
process.argv = [process.argv[0], script, '--json', budgetJson];
const exit = process.exit;
let budgetStatus = 0;
process.exit = (code) => {
  budgetStatus = code ?? 0;
};
const budget = await import(pathToFileURL(script).href);
process.exit = exit;

let peers;
if (typeof budget.gzip === 'function' && typeof budget.brotli === 'function') {
  peers = peerFiles.map((file) => {
    const bytes = readFileSync(file);
    return {
      file: basename(file),
      min: bytes.length,
      gzip: budget.gzip(bytes),
      brotli: budget.brotli(bytes),
    };
  });
}
writeFileSync(
  peersJson,
  JSON.stringify({
    budgetStatus,
    peers: peers ?? null,
    reason: peers ? undefined : 'check-budget.mjs does not export gzip() and brotli()',
  }),
);
