#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer, type ServerOptions } from './node.js';

const USAGE = `Usage: kommunaldialog-mock [options]

  --port <n>          port (default: $PORT or 8080; 0 picks a free one)
  --host <addr>       interface (default 127.0.0.1)
  --data <dir>        keep submissions in <dir>/kommunaldialog.sqlite
  --control           mount the /__mock control endpoints
  --latency <ms>      delay every API response
  --error-rate <0-1>  answer this share of API requests with 503
  --seed <n>          seed of the data set (default 1)
  --demo              also serve the demo page at /, the embed-code generator at /embed
                      and the widget bundles at /cdn/
  --help              show this text`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function numberOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${String(min)} to ${String(max)}.`);
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      control: { type: 'boolean' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      seed: { type: 'string' },
      demo: { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const port = numberOption(args.port ?? process.env.PORT, 'port', 0, 65535) ?? 8080;
const latencyMs = numberOption(args.latency, 'latency', 0, 120_000);
const errorRate = numberOption(args['error-rate'], 'error-rate', 0, 1);
const seed = numberOption(args.seed, 'seed', 0, 2 ** 32 - 1);

const options: ServerOptions = {
  port: Math.trunc(port),
  host: args.host ?? '127.0.0.1',
  control: Boolean(args.control),
  faults: { ...(latencyMs === undefined ? {} : { latencyMs: Math.trunc(latencyMs) }), ...(errorRate === undefined ? {} : { errorRate }) },
  ...(seed === undefined ? {} : { seed: Math.trunc(seed) }),
  ...(args.data === undefined ? {} : { dataDir: args.data }),
};
if (args.demo) {
  // dist/cli.js → packages/api-mock/demo and packages/widgets/dist/cdn
  options.staticDirs = [
    { prefix: '/cdn/', dir: fileURLToPath(new URL('../../widgets/dist/cdn/', import.meta.url)) },
    { prefix: '/', dir: fileURLToPath(new URL('../demo/', import.meta.url)) },
  ];
}

const server = await startServer(options).catch((error: unknown) => {
  fail(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
});
const lines = [`Kommunaldialog API mock: ${server.url}/v1/`];
if (args.demo) lines.push(`Demo page: ${server.url}/`, `Embed-code generator: ${server.url}/embed`);
if (options.control) lines.push(`Control: ${server.url}/__mock/faults`);
if (args.data !== undefined) lines.push(`Data: ${args.data}`);
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
