/**
 * What the forms benchmark sends: one of the demo forms, filled in with
 * valid answers that vary from submission to submission, by residents who
 * each come from their own address.
 */

/** The benchmark database's name (`bench/.data/sqlite-forms.db`, `teilhabe_bench_forms`). */
export const FORMS_DATABASE = 'forms';

/** The demo form every submission goes to (`cms/src/demo/data/forms/sprachkurs-interesse.yaml`). */
export const FORM_SLUG = 'sprachkurs-interesse';

/** Locales the form is translated into; submissions take turns. */
const LOCALES = ['de', 'en', 'ar', 'uk'] as const;
export type SubmissionLocale = (typeof LOCALES)[number];

const LEVELS = ['a1', 'a2', 'b1', 'b2', 'c1', 'weiss-nicht'];
const TIMES = ['vormittags', 'nachmittags', 'abends', 'wochenende'];
const GIVEN = ['Amina', 'Olena', 'Mehmet', 'Dariush', 'Svetlana', 'Yusuf', 'Maria', 'Ahmad'];
const FAMILY = ['Haddad', 'Kovalenko', 'Yılmaz', 'Rahimi', 'Iwanowa', 'Al-Khatib', 'Nowak'];

/** One resident's submission: the locale it is sent in and the answers of `sprachkurs-interesse`. */
export interface FilledForm {
  locale: SubmissionLocale;
  answers: Record<string, unknown>;
}

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/**
 * The answers of the n-th resident: every required question answered, the
 * number of children only where childcare is asked for (a condition), the
 * optional phone number every other time. Deterministic.
 * @param n the resident's number
 */
export const filledForm = (n: number): FilledForm => {
  const childcare = n % 3 === 0;
  const given = pick(GIVEN, n);
  const family = pick(FAMILY, Math.floor(n / GIVEN.length));
  return {
    locale: pick(LOCALES, n),
    answers: {
      level: pick(LEVELS, n),
      times: TIMES.filter((_, index) => (n >> index) % 2 === 1 || index === n % TIMES.length),
      childcare,
      ...(childcare ? { childrenCount: 1 + (n % 4) } : {}),
      name: { given, family },
      email: `${given.toLowerCase()}.${n}@example.org`,
      ...(n % 2 === 0 ? { phone: `+49 5132 ${String(100000 + n).slice(-6)}` } : {}),
      consent: true,
    },
  };
};

let clients = 0;

/**
 * A new simulated resident's address, as a reverse proxy reports it in
 * `X-Forwarded-For`: from 198.18.0.0/15, the range set aside for
 * benchmarks (RFC 2544), so it can be no real client. Never the same twice
 * in one benchmark process (131,072 addresses).
 */
export const nextClientAddress = (): string => {
  const n = clients++;
  if (n >= 2 ** 17) {
    throw new Error('The benchmark has used up its 131,072 client addresses.');
  }
  return `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
};
