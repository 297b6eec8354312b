import { ResponseShapeError } from '../errors.js';
import type { Page } from '../schemas/common.js';

/** Loads one page; `cursor` is undefined for the first. */
export type PageLoader<T> = (cursor: string | undefined) => Promise<Page<T>>;

/**
 * The result of a list call: await it for the first page, or iterate it with `for await` to get
 * every item of every page (following `nextCursor`). The first page is requested once, on the
 * first `then` or iteration, and shared between both uses.
 *
 * @example
 * const page = await client.events.list({ municipality: 'tuebingen' });
 * for await (const event of client.events.list({ municipality: 'tuebingen' })) show(event);
 */
export class PagePromise<T> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly #load: PageLoader<T>;
  #first: Promise<Page<T>> | undefined;

  constructor(load: PageLoader<T>) {
    this.#load = load;
  }

  get [Symbol.toStringTag](): string {
    return 'PagePromise';
  }

  #firstPage(): Promise<Page<T>> {
    this.#first ??= this.#load(undefined);
    return this.#first;
  }

  then<R1 = Page<T>, R2 = never>(
    onfulfilled?: ((value: Page<T>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onfulfilled, onrejected);
  }

  catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<Page<T> | R> {
    return this.#firstPage().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.#firstPage().finally(onfinally);
  }

  /** Every page in turn, starting with the first. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.#firstPage();
    yield page;
    // A cursor seen before would make the loop endless; the contract promises progress.
    const seen = new Set<string>();
    while (page.nextCursor !== null) {
      if (seen.has(page.nextCursor)) {
        throw new ResponseShapeError([
          {
            path: 'nextCursor',
            code: 'cursor_repeated',
            message: 'The API returned a cursor it had returned before.',
          },
        ]);
      }
      seen.add(page.nextCursor);
      page = await this.#load(page.nextCursor);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}
