/**
 * Solves a proof-of-work challenge off the main thread. Message in: `{ challenge, salt, max }`;
 * message out: the number, or `null` when the range holds none.
 */
import { searchSolution } from './pow-search.js';

interface Task {
  challenge: string;
  salt: string;
  max: number;
}

addEventListener('message', (event: MessageEvent<Task>) => {
  const { challenge, salt, max } = event.data;
  void searchSolution(challenge, salt, max).then(
    (number) => postMessage(number),
    () => postMessage(null),
  );
});
