import { setupWorker, type SetupWorker } from 'msw/browser';
import { createScenarioApi, SCENARIOS, type Scenario } from '@kommunaldialog/api-mock';
import { createMswHandlers } from '@kommunaldialog/api-mock/msw';

export { SCENARIOS, type Scenario };

let worker: Promise<SetupWorker> | undefined;

/** Starts the MSW service worker once per page (Storybook's preview iframe or a Vitest page). */
function startWorker(): Promise<SetupWorker> {
  worker ??= (async () => {
    const instance = setupWorker();
    await instance.start({
      // Relative to the page: works in `storybook dev`, in a static build under any path and in Vitest.
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      // Everything that is not the mock API (modules, fonts, Vite's HMR) goes to the network.
      onUnhandledRequest: 'bypass',
      quiet: true,
    });
    return instance;
  })();
  return worker;
}

const mounted = new Map<string, string>();

/**
 * The base URL of a mock API in `scenario`, answered in the browser by the api-mock's MSW
 * handlers. Each `key` (a story id) gets an instance of its own, so that a story that submits
 * data or changes faults does not change what another story sees.
 */
export async function mockApiFor(scenario: string, key: string): Promise<string> {
  const name = `${scenario}-${key.replace(/[^a-z0-9-]/gi, '-')}`;
  let baseUrl = mounted.get(name);
  if (baseUrl === undefined) {
    const instance = await startWorker();
    baseUrl = new URL(`/mock/${name}/v1`, location.href).href;
    // createScenarioApi reads the scenario from the name's first segment; unknown names are `default`.
    instance.use(...createMswHandlers({ baseUrl, api: createScenarioApi(name, { control: true }) }));
    mounted.set(name, baseUrl);
  }
  return baseUrl;
}
