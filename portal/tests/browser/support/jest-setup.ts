// A real browser against real servers: allow for a cold start of each page.
jest.setTimeout(60_000);
