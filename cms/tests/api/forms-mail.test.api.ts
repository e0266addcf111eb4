import type { FormSnapshot } from '@teilhabe/forms';
import { demoDataDir } from '../../src/demo/load';
import { demoFormsDir, loadDemoForms } from '../../src/demo/forms-data';
import { seedForms } from '../../src/demo/seed-forms';
import { ensureFormsSecrets, post, renderedEarlier } from './support/forms-fixture';
import { startMailCatcher, type CaughtMail, type MailCatcher } from './support/mail-catcher';
import { CMS_DIR, startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) E-mail notifications of the forms, captured by a local SMTP server:
 * caseworkers learn of a submission without its answers, residents who gave
 * an address get a confirmation in their language with the reference (never
 * the code) and a notice without content when the status changes, anonymous
 * reports send nothing to anyone who reported, and a mail server that is
 * down changes nothing for the resident.
 */
let cms: TestStrapi;
let catcher: MailCatcher;

const PORTAL = 'https://portal.test.example';
const FROM = 'teilhabe@stadt.test.example';
const REPLY_TO = 'integration@stadt.test.example';
/** The demo caseworkers assigned to the forms used here (`cms/src/demo/caseworkers.ts`). */
const INTEGRATION = 'integration@teilhabe.example';
const ANTIDISCRIMINATION = 'antidiskriminierung@teilhabe.example';
const SLUGS = ['sprachkurs-interesse', 'beratung-termin', 'diskriminierung-melden'];

beforeAll(async () => {
  ensureFormsSecrets();
  catcher = await startMailCatcher();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    SMTP_SECURE: 'false',
    SMTP_FROM: `Stadt Teilhabe <${FROM}>`,
    SMTP_REPLY_TO: REPLY_TO,
    TEILHABE_PORTAL_URL: PORTAL,
    // The demo caseworkers are created with the demo admin's password.
    TEILHABE_DEMO_ADMIN_PASSWORD: `Demo-${Date.now()}-Mail`,
  });
  cms = await startTestStrapi();
  const forms = loadDemoForms(demoFormsDir(demoDataDir(CMS_DIR)));
  await seedForms(
    cms.strapi,
    forms.filter((form) => SLUGS.includes(form.slug))
  );
});

afterAll(async () => {
  await cms?.stop();
  await catcher?.close();
});

const notifications = () => cms.strapi.plugin('teilhabe').service('forms-notifications');

/** Sends the answers to a demo form and waits until its mail has gone out. */
const submit = async (slug: string, locale: string, answers: Record<string, unknown>) => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  const reply = await post(cms.strapi, `/${slug}/submissions`, {
    version: rendered.snapshot.version,
    locale,
    answers,
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  await notifications().flush();
  return reply;
};

/** Sends the demo language course form with a name (holding a test's marker) and an address. */
const sendCourse = (locale: string, given: string, family: string, email: string) =>
  submit('sprachkurs-interesse', locale, {
    level: 'a2',
    times: ['abends'],
    childcare: false,
    name: { given, family },
    email,
    consent: true,
  });

/** Everything a mail is made of, decoded and as it travelled. */
const whole = (mail: CaughtMail) => [mail.raw, mail.subject, mail.text, mail.html].join('\n');

/** The published snapshot of a demo form. */
const versionOf = async (slug: string): Promise<FormSnapshot> =>
  ((await renderedEarlier(cms.strapi, slug)) as unknown as { snapshot: FormSnapshot }).snapshot;

describe('(#9) e-mail on a new submission', () => {
  const marker = 'MAILMARKER-7f3k ورقة-علامة-٩١٤';
  let ukrainian: { reference: string; code: string };

  test('a Ukrainian submission: the caseworker mail holds no answer; the resident confirmation is in Ukrainian with the reference and without the code', async () => {
    const resident = 'olena.mail@resident.test.example';
    const sent = await sendCourse('uk', 'Олена', marker, resident);
    expect(sent.status).toBe(201);
    ukrainian = sent.body;

    const [caseworker, ...moreForCaseworker] = await catcher.to(INTEGRATION);
    expect(moreForCaseworker).toHaveLength(0);
    expect(caseworker!.subject).toBe('Neuer Antrag: Interesse an einem Deutschkurs');
    expect(caseworker!.text).toContain(`Aktenzeichen: ${ukrainian.reference}`);
    expect(caseworker!.text).toMatch(/http:\/\/\S+\/admin/);
    for (const answer of [marker, 'Олена', resident, ukrainian.code]) {
      expect(whole(caseworker!)).not.toContain(answer);
    }
    expect(caseworker!.raw).not.toContain(Buffer.from(marker).toString('base64'));

    const [confirmation, ...more] = await catcher.to(resident);
    expect(more).toHaveLength(0);
    const title = (await versionOf('sprachkurs-interesse')).texts.title.uk!;
    expect(confirmation!.subject).toBe(`Вашу заяву отримано: ${title}`);
    expect(confirmation!.text).toContain(`Номер Вашої справи: ${ukrainian.reference}`);
    expect(confirmation!.text).toContain(`${PORTAL}/uk/status`);
    expect(confirmation!.html).toContain('<html lang="uk" dir="ltr">');
    expect(confirmation!.from).toContain(FROM);
    expect(confirmation!.replyTo).toBe(REPLY_TO);
    expect(confirmation!.headers.get('auto-submitted')).toBe('auto-generated');
    expect(whole(confirmation!)).not.toContain(ukrainian.code);
    expect(whole(confirmation!)).not.toContain(ukrainian.code.replace(/-/g, ''));
    expect(whole(confirmation!)).not.toContain(marker);
  });

  test('an Arabic submission: the confirmation is in Arabic, right to left, with the reference and without the code or the message', async () => {
    const resident = 'amina.mail@resident.test.example';
    const sent = await submit('beratung-termin', 'ar', {
      topic: 'arbeit',
      message: marker,
      days: ['montag'],
      name: { given: 'Amina', family: 'Haddad' },
      contactWay: 'email',
      email: resident,
      consent: true,
    });
    expect(sent.status).toBe(201);
    const { reference, code } = sent.body as { reference: string; code: string };
    const [confirmation, ...more] = await catcher.to(resident);
    expect(more).toHaveLength(0);
    expect(confirmation!.subject).toContain('تم استلام طلبكم');
    expect(confirmation!.text).toContain(reference);
    expect(confirmation!.html).toContain('<html lang="ar" dir="rtl">');
    expect(confirmation!.html).toContain(`<strong dir="ltr">${reference}</strong>`);
    expect(confirmation!.text).toContain(`${PORTAL}/ar/status`);
    expect(whole(confirmation!)).not.toContain(code);
    expect(whole(confirmation!)).not.toContain(marker);
    const forCaseworker = (await catcher.to(INTEGRATION)).find((mail) =>
      mail.text.includes(reference)
    );
    expect(forCaseworker).toBeDefined();
    for (const answer of [marker, 'Haddad', resident, code]) {
      expect(whole(forCaseworker!)).not.toContain(answer);
    }
  });

  test('the anonymous report of discrimination: the office is told, the address given for contact gets nothing', async () => {
    const contact = 'anonymous.mail@resident.test.example';
    const before = (await catcher.messages()).length;
    const sent = await submit('diskriminierung-melden', 'tr', {
      whatHappened: marker,
      area: 'verwaltung',
      wantsContact: true,
      contactEmail: contact,
      consent: true,
    });
    expect(sent.status).toBe(201);
    const { receipt } = sent.body as { receipt: string };
    const after = (await catcher.messages()).slice(before);
    expect(after.map((mail) => mail.to)).toEqual([[ANTIDISCRIMINATION]]);
    expect(await catcher.to(contact)).toHaveLength(0);
    const [office] = after;
    expect(office!.subject).toBe('Neue anonyme Meldung: Diskriminierung melden');
    expect(office!.text).not.toContain('Aktenzeichen:');
    for (const answer of [marker, contact, receipt, receipt.replace(/\D/g, '')]) {
      expect(whole(office!)).not.toContain(answer);
    }
  });

  test('a status change sends the resident a notice without the status, in Ukrainian', async () => {
    const snapshot = await versionOf('sprachkurs-interesse');
    const status = snapshot.definition.statuses[1]!;
    // The caseworker changes the status in the inbox, which sends the notice.
    const caseworker = (await cms.strapi.db
      .query('admin::user')
      .findOne({ where: { email: INTEGRATION } })) as { id: number };
    const submission = (await cms.strapi.db
      .query('plugin::teilhabe.submission')
      .findOne({ where: { reference: ukrainian.reference } })) as { documentId: string };
    await cms.strapi
      .plugin('teilhabe')
      .service('forms-inbox')
      .changeStatus(caseworker.id, submission.documentId, { status: status.code });
    const resident = 'olena.mail@resident.test.example';
    await notifications().flush();
    const [, notice, ...more] = await catcher.to(resident);
    expect(more).toHaveLength(0);
    expect(notice!.subject).toBe(`Стан Вашої заяви ${ukrainian.reference} змінився`);
    expect(notice!.text).toContain(`${PORTAL}/uk/status`);
    const statusTexts = snapshot.definition.statuses.flatMap((entry) => [
      ...Object.values(entry.label),
      ...Object.values(entry.message),
      entry.code,
    ]);
    for (const text of [...statusTexts, ukrainian.code, marker, snapshot.texts.title.uk!]) {
      expect(whole(notice!)).not.toContain(text);
    }
  });

  test('a change overtaken by a later one, or on an anonymous report, sends nothing', async () => {
    const before = (await catcher.messages()).length;
    notifications().statusChanged({ reference: ukrainian.reference, status: 'eingegangen' });
    const report = await versionOf('diskriminierung-melden');
    const anonymous = (await cms.strapi.db
      .query('plugin::teilhabe.submission')
      .findOne({ where: { formId: report.formId } })) as {
      reference: string;
      status: string;
    };
    notifications().statusChanged({ reference: anonymous.reference, status: anonymous.status });
    await notifications().flush();
    expect((await catcher.messages()).length).toBe(before);
  });
});

describe('(#9) without a mail server', () => {
  test('the submission still succeeds and is stored; the failure is logged without address or content', async () => {
    await catcher.close();
    // Recorded, not printed: the failures are expected here.
    const warn = jest.spyOn(cms.strapi.log, 'warn').mockImplementation(() => cms.strapi.log);
    const marker = 'DOWNMARKER-9q2w';
    const resident = 'down.mail@resident.test.example';
    const sent = await sendCourse('de', 'Jana', marker, resident);
    expect(sent.status).toBe(201);
    const stored = await cms.strapi.db
      .query('plugin::teilhabe.submission')
      .findOne({ where: { reference: sent.body.reference } });
    expect(stored).not.toBeNull();
    const status = await post(cms.strapi, '/status', {
      reference: sent.body.reference,
      code: sent.body.code,
      locale: 'de',
    });
    expect(status.status).toBe(200);
    const logged = warn.mock.calls.map((call) => String(call[0]));
    warn.mockRestore();
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\[teilhabe\] Forms e-mail \(caseworker\) not sent: /),
        expect.stringMatching(/^\[teilhabe\] Forms e-mail \(confirmation\) not sent: /),
      ])
    );
    for (const line of logged) {
      for (const secret of [resident, INTEGRATION, marker, sent.body.reference]) {
        expect(line).not.toContain(secret);
      }
    }
  });
});
