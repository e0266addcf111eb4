import {
  countRows,
  ensureFormsSecrets,
  post,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) Retention: the scheduled job deletes what has reached its day (with
 * a fake clock), once across instances, and the status page then says the
 * data was deleted.
 */
let cms: TestStrapi;
const DAY = 86_400_000;

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  await publishForm(cms.strapi, 'kurz', { anonymous: true, retentionDays: 2 });
});

afterAll(async () => {
  await cms?.stop();
});

/** Runs the retention job as if at `now`. */
const retention = (now: Date): Promise<{ ran: boolean; submissions: number }> =>
  cms.strapi.plugin('teilhabe').service('forms-retention').run(now);

const submit = async () => {
  const rendered = await renderedEarlier(cms.strapi, 'kurz');
  const sent = await post(cms.strapi, '/kurz/submissions', {
    version: rendered.snapshot.version,
    locale: 'uk',
    answers: { story: 'Etwas ist passiert', consent: true },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  expect(sent.status).toBe(201);
  return sent;
};

test('an anonymous submission is kept for its retention days, then deleted with its history', async () => {
  const sent = await submit();
  const before = await countRows(cms.strapi);
  expect(before.teilhabe_submissions).toBe(1);
  const kept = await retention(new Date(Date.now() + 2 * DAY));
  expect(kept).toMatchObject({ ran: true, submissions: 0 });
  expect(await countRows(cms.strapi)).toEqual(before);
  const deleted = await retention(new Date(Date.now() + 3 * DAY));
  expect(deleted).toMatchObject({ ran: true, submissions: 1 });
  const after = await countRows(cms.strapi);
  expect(after.teilhabe_submissions).toBe(0);
  expect(after.teilhabe_submission_events).toBe(0);
  const status = await post(cms.strapi, '/status', { receipt: sent.body.receipt, locale: 'uk' });
  expect(status.status).toBe(200);
  expect(status.body).toMatchObject({ deleted: true, message: 'Дані цієї заявки видалено.' });
  const tombstones = await cms.strapi.db.connection('teilhabe_submission_tombstones').select('*');
  expect(tombstones).toHaveLength(1);
  expect(JSON.stringify(tombstones)).not.toContain(sent.body.receipt);
});

test('two runs at once delete a submission once', async () => {
  await submit();
  const later = new Date(Date.now() + 10 * DAY);
  const runs = await Promise.all([retention(later), retention(later)]);
  expect(runs.reduce((sum, run) => sum + run.submissions, 0)).toBe(1);
  expect((await countRows(cms.strapi)).teilhabe_submissions).toBe(0);
});
