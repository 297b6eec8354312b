// API mock: requests per second for GET /v1/events?limit=50 vs a bare node:http server that
// answers the same bytes, with autocannon (in a child process, so it does not share the
// servers' event loop) on loopback.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '@kommunaldialog/api-mock/node';

const run = promisify(execFile);

async function load(autocannon, url, seconds, connections) {
  const { stdout } = await run(
    process.execPath,
    [autocannon, '--json', '-c', String(connections), '-d', String(seconds), url],
    {
      timeout: (seconds + 30) * 1000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const r = JSON.parse(stdout);
  return {
    rps: r.requests.average,
    latencyP50: r.latency.p50,
    latencyP99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

export async function benchApi({ rootDir, seconds, connections }) {
  const autocannon = join(rootDir, 'node_modules', 'autocannon', 'autocannon.js');
  // The mock as `npm start` serves it: the seed data, in memory, no rate limit on GETs anyway.
  const mock = await startServer({ port: 0, host: '127.0.0.1' });
  const path = '/v1/events?limit=50';
  const sample = await fetch(`${mock.url}${path}`);
  const body = Buffer.from(await sample.arrayBuffer());
  const type = sample.headers.get('content-type') ?? 'application/json';
  const items = JSON.parse(body.toString()).items.length;
  const bare = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': type, 'content-length': body.length });
    response.end(body);
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  try {
    const ours = await load(autocannon, `${mock.url}${path}`, seconds, connections);
    const baseline = await load(
      autocannon,
      `http://127.0.0.1:${bare.address().port}${path}`,
      seconds,
      connections,
    );
    return { ours, baseline, bytes: body.length, items, seconds, connections };
  } finally {
    await mock.close();
    await new Promise((resolve) => bare.close(resolve));
  }
}
