import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWebView, startWebView } from '../src/web/start.js';

// The web view repeats none of the client's checks: the search form's fields go to the client,
// which checks them against core's route table; its refusal is this server's 400.
describe("the web view's search, checked by the client only", () => {
  let view: RunningWebView;
  beforeAll(async () => {
    view = await startWebView();
  });
  afterAll(async () => {
    await view?.close();
  });

  it.each([
    ['stageType=Won', 'stageType must be one of Open, ClosedAndWon, ClosedAndLost'],
    ['tag=a%2Cb', 'tags must not contain a comma'],
    ['contact=0', 'contactId must be an integer from 1 to 2147483647'],
  ])('?%s is a 400 with the message of the route table', async (query, message) => {
    const answer = await fetch(new URL(`/api/search?${query}`, view.url));
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toContain(message);
  });

  it('?stageType=ClosedAndWon is sent and answered', async () => {
    const answer = await fetch(new URL('/api/search?stageType=ClosedAndWon', view.url));
    expect(answer.status).toBe(200);
  });
});
