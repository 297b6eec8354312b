// `executeServerCommand('forced-colors', true | false)`: renders the test page as Windows' high
// contrast themes do. @web/test-runner-commands' emulateMedia cannot, with the Chrome launcher
// (Puppeteer accepts only the prefers-* features), so this asks Chromium over its own protocol.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // One protocol session per page: the emulation lasts as long as the session that set it.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
