import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { generateResults } from '@kommunaldialog/api-mock';
import { withEngine } from './map/engine.test-support.js';
import { INLINE_BUILD_LIMIT } from './map/result-index.js';

// This page forbids workers, as a site's CSP without `worker-src` for the widgets' origin does.
// (Its own file: the policy stays for the rest of the page.)
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
const policy = document.createElement('meta');
policy.httpEquiv = 'Content-Security-Policy';
policy.content = "worker-src 'none'";
document.head.append(policy);

const label = (node: Element): string => node.getAttribute('aria-label') ?? '';

describe('map engine where the page forbids workers', () => {
  // Zooms without animation, so the map redraws within the call.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('clusters a large set on the main thread instead, showing every result once', async () => {
    const results = generateResults(INLINE_BUILD_LIMIT + 5_000, {
      municipalities: ['tuebingen'],
      idPrefix: 'ohne-worker',
    });
    await withEngine(async (engine, root) => {
      await engine.setData({ results, municipalities: new Map(), grouped: false });
      expect(violations, 'the policy blocked the worker').to.include('worker-src');
      expect(engine.clusteredIn).to.equal('main');
      const clusters = [...root.querySelectorAll('.kd-cluster')];
      expect(clusters.length).to.be.greaterThan(0);
      const alone = root.querySelectorAll('.kd-marker, path.kd-area').length;
      expect(clusters.reduce((sum, c) => sum + Number(label(c).split(',')[0]), 0) + alone).to.equal(
        results.length,
      );
      // A cluster opens to what it holds, as with the worker's index.
      engine.zoomIn();
      expect(root.querySelectorAll('.kd-cluster, .kd-marker, path.kd-area').length).to.be.greaterThan(
        clusters.length,
      );
    });
  });
});
