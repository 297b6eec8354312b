import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

/** Debian's Chromium, headless, with the flags every test on these machines uses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // Screenshots must not depend on the machine: fixed scale, no font hinting differences.
      '--force-device-scale-factor=1',
      '--font-render-hinting=none',
    ],
  });
}

/** A CSP violation as the page saw it (`securitypolicyviolation` event). */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

export interface RecordedRequest {
  url: string;
  type: string;
  headers: Record<string, string>;
  responseHeaders?: Record<string, string>;
}

/** What a page did: CSP violations, errors, console errors and every request with its headers. */
export interface PageLog {
  page: Page;
  context: BrowserContext;
  errors: string[];
  consoleErrors: string[];
  consoleWarnings: string[];
  requests: RecordedRequest[];
  /** `securitypolicyviolation` events the document saw. */
  violations(): Promise<Violation[]>;
  /** Console errors about CSP or Trusted Types (the only trace of a violation inside a worker). */
  cspConsoleMessages(): string[];
}

const VIOLATIONS = 'kd-test-violations';

/**
 * A fresh context and page that record what happened. The violation listener keeps its list
 * under a symbol on `document`, so it adds no global of its own (the globals test counts them).
 */
export async function openPage(
  browser: Browser,
  options: { recordViolations?: boolean } = {},
): Promise<PageLog> {
  const context = await browser.newContext({
    viewport: { width: 1100, height: 900 },
    deviceScaleFactor: 1,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  const log: PageLog = {
    page,
    context,
    errors: [],
    consoleErrors: [],
    consoleWarnings: [],
    requests: [],
    async violations() {
      return page.evaluate((key) => {
        const list = (document as unknown as Record<symbol, unknown[] | undefined>)[Symbol.for(key)];
        return (list ?? []) as { directive: string; blocked: string; sample: string; source: string }[];
      }, VIOLATIONS);
    },
    cspConsoleMessages() {
      // Workers report violations on their own global, not to the page's listener; their
      // console messages reach the page. (Page violations show up here too, as a second copy.)
      return log.consoleErrors.filter((text) =>
        /Content Security Policy|Trusted ?Type|TrustedScriptURL|TrustedHTML|TrustedScript\b/i.test(text),
      );
    },
  };
  if (options.recordViolations !== false) {
    await page.addInitScript((key) => {
      const list: unknown[] = [];
      Object.defineProperty(document, Symbol.for(key), { value: list });
      document.addEventListener('securitypolicyviolation', (event) => {
        list.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          sample: event.sample,
          source: `${event.sourceFile}:${String(event.lineNumber)}:${String(event.columnNumber)}`,
        });
      });
    }, VIOLATIONS);
  }
  page.on('pageerror', (error) => log.errors.push(`${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warning') log.consoleWarnings.push(message.text());
  });
  page.on('request', (request) => {
    void record(request);
  });
  async function record(request: Request): Promise<void> {
    const entry: RecordedRequest = {
      url: request.url(),
      type: request.resourceType(),
      headers: await request.allHeaders().catch(() => request.headers()),
    };
    log.requests.push(entry);
    const response = await request.response().catch(() => null);
    if (response) entry.responseHeaders = await response.allHeaders().catch(() => response.headers());
  }
  return log;
}

/** Resolves when the widget has rendered its data: nothing in it is still loading. */
export async function waitUntilSettled(page: Page, selector: string): Promise<void> {
  // No nested named functions in code that runs in the page: tsx would wrap them in a
  // `__name()` helper that does not exist there.
  await page.waitForFunction(
    (sel) => {
      const elements = [...document.querySelectorAll(sel)];
      if (elements.length === 0) return false;
      const roots: (ShadowRoot | null)[] = elements.map((el) => el.shadowRoot);
      if (roots.some((root) => root === null || root.childElementCount === 0)) return false;
      while (roots.length > 0) {
        const root = roots.pop()!;
        for (const element of root.querySelectorAll('*')) {
          if (element.getAttribute('aria-busy') === 'true' || element.classList.contains('kd-skeleton'))
            return false;
          if (element.shadowRoot) roots.push(element.shadowRoot);
        }
      }
      return true;
    },
    selector,
    { timeout: 30_000, polling: 100 },
  );
  // Let pending renders and image decodes finish (a frame after the last data arrived).
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** Violations grouped into readable lines, e.g. `style-src-attr ×12 at …/kd-core-x.js:1:13526`. */
export function describeViolations(violations: Violation[]): string[] {
  const counts = new Map<string, number>();
  for (const v of violations) {
    const line = `${v.directive} at ${v.source.replace(/^https?:\/\/[^/]+/, '')}${v.sample ? ` (${v.sample.slice(0, 80)})` : ''}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, count]) => (count > 1 ? `${line} ×${String(count)}` : line));
}
