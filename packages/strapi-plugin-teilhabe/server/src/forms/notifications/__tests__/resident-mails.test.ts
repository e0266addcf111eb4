import { LOCALE_CODES } from '@teilhabe/locales';
import { caseworkerMail } from '../caseworker-mail';
import { confirmationMail, statusChangeMail } from '../resident-mails';
import { RESIDENT_TEXTS } from '../resident-texts';

const input = (locale: string) => ({
  to: 'amina@example.org',
  locale,
  reference: 'K7QF-9XRT-2M',
  statusUrl: `https://teilhabe.example/${locale}/status`,
});

describe("residents' mails", () => {
  test.each(LOCALE_CODES)(
    '%s: the confirmation names form and reference and links the status page',
    (locale) => {
      const mail = confirmationMail(input(locale), 'Sprachkurs <b>&</b>');
      expect(mail.subject).toBe(RESIDENT_TEXTS[locale].confirmationSubject('Sprachkurs <b>&</b>'));
      for (const part of [mail.text, mail.html]) {
        expect(part).toContain('K7QF-9XRT-2M');
        expect(part).toContain(`https://teilhabe.example/${locale}/status`);
        expect(part).toContain(RESIDENT_TEXTS[locale].codeNotInMail);
      }
      expect(mail.text).toContain('Sprachkurs <b>&</b>');
      expect(mail.html).toContain('Sprachkurs &lt;b&gt;&amp;&lt;/b&gt;');
      expect(mail.html).not.toContain('<b>');
    }
  );

  test('Arabic and Farsi are right to left, the others left to right, each with its language', () => {
    for (const locale of LOCALE_CODES) {
      const { html } = confirmationMail(input(locale), 'Titel');
      const dir = locale === 'ar' || locale === 'fa' ? 'rtl' : 'ltr';
      expect(html).toContain(`<html lang="${locale}" dir="${dir}">`);
      expect(html).toContain('<strong dir="ltr">K7QF-9XRT-2M</strong>');
    }
  });

  test('an unknown locale gets German', () => {
    expect(confirmationMail(input('xx'), 'Titel').subject).toBe(
      'Ihr Antrag ist eingegangen: Titel'
    );
  });

  test.each(LOCALE_CODES)('%s: the status notice names the reference only', (locale) => {
    const mail = statusChangeMail(input(locale));
    expect(mail.subject).toContain('K7QF-9XRT-2M');
    expect(mail.text).toContain(RESIDENT_TEXTS[locale].statusPrivacy);
    expect(mail.text).toContain(`https://teilhabe.example/${locale}/status`);
  });

  test('a title cannot break the subject into a second header line', () => {
    expect(confirmationMail(input('de'), 'Kurs\r\nBcc: x@example.org').subject).toBe(
      'Ihr Antrag ist eingegangen: Kurs Bcc: x@example.org'
    );
  });
});

describe("caseworkers' mail", () => {
  test('German, with the form, the reference and the admin; anonymous forms without reference', () => {
    const named = caseworkerMail({
      to: 'kita@example.org',
      title: 'Kita-Anmeldung',
      reference: 'K7QF-9XRT-2M',
      adminUrl: 'https://cms.example/admin',
    });
    expect(named.subject).toBe('Neuer Antrag: Kita-Anmeldung');
    expect(named.text).toContain('Aktenzeichen: K7QF-9XRT-2M');
    expect(named.text).toContain('https://cms.example/admin');
    expect(named.html).toContain('<html lang="de" dir="ltr">');
    const anonymous = caseworkerMail({
      to: 'stelle@example.org',
      title: 'Diskriminierung melden',
      reference: null,
      adminUrl: 'https://cms.example/admin',
    });
    expect(anonymous.subject).toBe('Neue anonyme Meldung: Diskriminierung melden');
    expect(anonymous.text).not.toContain('Aktenzeichen:');
  });
});
