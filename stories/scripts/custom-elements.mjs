// Gives Storybook the widgets' custom-elements manifest (argument tables and a control for every
// attribute come from it). The widgets' build writes it; when it is missing (widgets not built
// yet, or their build stopped before the analyzer), it is generated here with the widgets' own
// analyzer config, so Storybook never runs without one.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const widgets = join(here, '../../packages/widgets');
const shipped = join(widgets, 'custom-elements.json');
const outdir = join(here, '../.storybook/generated');
const target = join(outdir, 'custom-elements.json');

mkdirSync(outdir, { recursive: true });
if (existsSync(shipped)) {
  copyFileSync(shipped, target);
} else {
  const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
  const config = existsSync(join(widgets, 'custom-elements-manifest.config.mjs'))
    ? ['--config', 'custom-elements-manifest.config.mjs']
    : [];
  execFileSync(
    process.execPath,
    [cli, 'analyze', '--litelement', '--quiet', ...config, '--outdir', relative(widgets, outdir)],
    { cwd: widgets, stdio: 'inherit' },
  );
}

const manifest = JSON.parse(readFileSync(target, 'utf8'));
const tags = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName),
);
console.log(
  `custom-elements.json (${existsSync(shipped) ? 'from the widgets build' : 'generated from the widgets’ sources'}): ${tags.join(', ') || 'no elements'}`,
);
