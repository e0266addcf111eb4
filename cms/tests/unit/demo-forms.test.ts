import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  formSnapshotSchema,
  isAvailableIn,
  lintForm,
  missingTranslations,
  validateAnswers,
} from '@teilhabe/forms';
import { snapshotHash } from '@teilhabe/forms/node';
import { DemoDataError } from '../../src/demo/data-files';
import { loadDemoConcept } from '../../src/demo/concept-data';
import { demoFormsDir, loadDemoForms } from '../../src/demo/forms-data';
import { demoDataDir } from '../../src/demo/load';

const DATA_DIR = demoDataDir(path.resolve(__dirname, '..', '..'));
const FORMS_DIR = demoFormsDir(DATA_DIR);

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-demo-forms-'));
  cpSync(FORMS_DIR, dir, { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const edit = (file: string, change: (source: string) => string) => {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

const problemsOf = (): string[] => {
  try {
    loadDemoForms(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DemoDataError);
    return (error as DemoDataError).issues.map(
      (issue) => `${issue.file} ${issue.path}: ${issue.message}`
    );
  }
  throw new Error('the forms loaded');
};

const forms = loadDemoForms(FORMS_DIR);

test('the six demo forms load, as sample content, German the source and every translation marked', () => {
  expect(forms.map((form) => form.slug)).toEqual([
    'beratung-termin',
    'diskriminierung-melden',
    'kita-anmeldung',
    'rueckmeldung-integrationskonzept',
    'sprachkurs-interesse',
    'workshop-feedback',
  ]);
  for (const form of forms) {
    expect(form.isSampleContent).toBe(true);
    expect(form.translationStatus).toEqual({
      de: 'source',
      en: 'demo_translation',
      ar: 'demo_translation',
      fa: 'demo_translation',
      uk: 'demo_translation',
      tr: 'demo_translation',
      ru: 'demo_translation',
    });
  }
});

test.each(forms.map((form) => [form.slug, form] as const))(
  '%s: a valid snapshot, lint-clean, complete in de en ar uk, partial in fa tr ru',
  (_, form) => {
    const unhashed = {
      formId: `demo-${form.slug}`,
      slug: form.slug,
      version: 1,
      settings: form.settings,
      texts: form.texts,
      definition: form.definition,
    };
    const snapshot = formSnapshotSchema.parse({
      ...unhashed,
      hash: snapshotHash(unhashed),
      publishedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(snapshot.hash).toBe(snapshotHash(snapshot));
    expect(lintForm({ definition: form.definition, settings: form.settings })).toEqual([]);
    for (const locale of ['de', 'en', 'ar', 'uk'] as const) {
      expect([locale, missingTranslations(form, locale)]).toEqual([locale, []]);
    }
    for (const locale of ['fa', 'tr', 'ru'] as const) {
      expect(isAvailableIn(form, locale)).toBe(false);
      expect(form.texts.title[locale]).toBeTruthy();
    }
  }
);

test('settings follow P-01 and P-05: a legal basis and a retention period each; the report and the survey are anonymous', () => {
  const bySlug = new Map(forms.map((form) => [form.slug, form]));
  expect(bySlug.get('diskriminierung-melden')?.settings.anonymous).toBe(true);
  expect(bySlug.get('workshop-feedback')?.settings.anonymous).toBe(true);
  expect(bySlug.get('kita-anmeldung')?.settings.legalBasis).toContain('SGB VIII');
  for (const form of forms) {
    expect(form.settings.retentionDays).toBeGreaterThan(0);
  }
});

test('the childcare registration offers the directory childcare facilities and shows the support question on "yes"', () => {
  const kita = forms.find((form) => form.slug === 'kita-anmeldung')!;
  const fields = kita.definition.steps.flatMap((step) => step.fields);
  expect(fields.find((field) => field.key === 'facilities')).toMatchObject({
    optionsFromDirectory: { category: 'childcare' },
  });
  const taxonomies = readFileSync(
    path.join(FORMS_DIR, '..', 'directory', 'taxonomies.yaml'),
    'utf8'
  );
  expect(taxonomies).toContain('code: childcare');
  const answers = { needsSupport: false, supportDetails: 'entfällt' };
  const result = validateAnswers(kita, answers, {
    locale: 'de',
    today: '2026-12-01',
    stepKey: 'children',
  });
  expect(result.ok || result.errors.map((error) => error.path.join('.'))).toEqual(['children']);
});

test('a form that breaks a lint rule is refused with file and place', () => {
  edit('diskriminierung-melden.yaml', (source) =>
    source.replace(
      '- key: contactEmail\n          type: email',
      '- key: contactEmail\n          type: email\n          required: true'
    )
  );
  edit('kita-anmeldung.yaml', (source) =>
    source.replace('field: needsSupport', 'field: needsHelp')
  );
  expect(problemsOf()).toEqual([
    'diskriminierung-melden.yaml definition.steps[1].fields[1]: Das Formular ist anonym: „E-Mail-Adresse“ darf keine Pflichtangabe sein.',
    'kita-anmeldung.yaml definition.steps[0].fields[2].condition: Die Bedingung bezieht sich auf ein Feld, das nicht vorher im Formular steht. Wählen Sie ein Feld aus einem früheren Schritt oder weiter oben im selben Schritt.',
  ]);
});

test('a settings problem and a slug that is not the file name are reported', () => {
  edit('workshop-feedback.yaml', (source) =>
    source.replace('retentionDays: 90', 'retentionDays: 0')
  );
  edit('beratung-termin.yaml', (source) =>
    source.replace('slug: beratung-termin', 'slug: beratung')
  );
  expect(problemsOf()).toEqual([
    'beratung-termin.yaml slug: the file of "beratung" is named beratung.yaml',
    'workshop-feedback.yaml settings.retentionDays: Too small: expected number to be >=1',
  ]);
});

test('a translation marked as the source, and an unknown key, are refused', () => {
  edit('kita-anmeldung.yaml', (source) =>
    source
      .replace('  ar: demo_translation', '  ar: source')
      .replace('slug: kita-anmeldung', 'slug: kita-anmeldung\nslugs: x')
  );
  expect(problemsOf()).toEqual([
    'kita-anmeldung.yaml translationStatus.ar: Invalid option: expected one of "demo_translation"|"reviewed_translation"',
    'kita-anmeldung.yaml : Unrecognized key: "slugs"',
  ]);
});

test('the report counts its area of life; the concept feedback may become comments with consent', () => {
  const bySlug = new Map(forms.map((form) => [form.slug, form]));
  const area = bySlug
    .get('diskriminierung-melden')!
    .definition.steps.flatMap((step) => step.fields)
    .find((field) => field.key === 'area');
  expect(area).toMatchObject({ type: 'singleChoice', statistical: true });
  const feedback = bySlug.get('rueckmeldung-integrationskonzept')!;
  expect(feedback.settings.anonymous).toBe(true);
  expect(feedback.definition.commentPublishing).toEqual({
    textField: 'feedback',
    subjectField: 'thema',
    consentField: 'publicationConsent',
  });
  const consent = feedback.definition.steps
    .flatMap((step) => step.fields)
    .find((field) => field.key === 'publicationConsent');
  expect(consent).toMatchObject({ type: 'consent', required: true });
});

test('the concept feedback names every chapter of the demo edition by its slug, so a chapter’s link chooses it', () => {
  const feedback = forms.find((form) => form.slug === 'rueckmeldung-integrationskonzept')!;
  const subject = feedback.definition.steps
    .flatMap((step) => step.fields)
    .find((field) => field.key === feedback.definition.commentPublishing?.subjectField);
  expect(subject?.type).toBe('singleChoice');
  const values =
    subject?.type === 'singleChoice' ? subject.options.map((option) => option.value) : [];
  const chapters = loadDemoConcept(DATA_DIR).structure.chapters.map((chapter) => chapter.slug);
  // The concept as a whole first (the comments page's default), then the chapters in their order.
  expect(values).toEqual(['allgemein', ...chapters]);
});
