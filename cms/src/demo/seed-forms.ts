import type { Core } from '@strapi/strapi';
import { DEMO_CASEWORKERS, ensureDemoCaseworkers } from './caseworkers';
import type { DemoForm } from './forms-data';

export const FORMS_SEEDED_KEY = 'demo-forms-seeded';

/**
 * Forms added to the demo after its first forms, each with its own marker:
 * a demo database seeded before gets them on its next start.
 */
export const LATER_FORMS: Readonly<Record<string, string>> = {
  'rueckmeldung-integrationskonzept': 'demo-form-rueckmeldung-integrationskonzept-seeded',
};

const FORM = 'plugin::teilhabe.form';

/**
 * Seeds the demo forms once: each form is written as a draft and published,
 * so that publishing checks it and freezes its first version as for any
 * editor's form; the demo caseworkers are assigned to theirs.
 * @param strapi the bootstrapped Strapi instance
 * @param forms the checked demo forms (`loadDemoForms`)
 */
export const seedForms = async (strapi: Core.Strapi, forms: DemoForm[]): Promise<void> => {
  const caseworkers = await ensureDemoCaseworkers(strapi);
  const assigned = (slug: string) =>
    DEMO_CASEWORKERS.filter((caseworker) => (caseworker.forms as readonly string[]).includes(slug))
      .map((caseworker) => caseworkers.get(caseworker.email))
      .filter((id): id is number => id !== undefined);
  const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
  for (const form of forms) {
    const created = await strapi.documents(FORM).create({
      data: {
        slug: form.slug,
        ...form.texts,
        ...form.settings,
        definition: form.definition,
        caseworkers: assigned(form.slug),
        isSampleContent: true,
      } as never,
    });
    await strapi.documents(FORM).publish({ documentId: created.documentId });
    const marker = LATER_FORMS[form.slug];
    if (marker) {
      await store.set({ key: marker, value: new Date().toISOString() });
    }
  }
  await store.set({ key: FORMS_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info(`Demo forms seeded: ${forms.length}.`);
};

/**
 * The later demo forms ({@link LATER_FORMS}) a database whose forms were
 * seeded before does not have yet: not marked as seeded, and no form with
 * the slug exists (an editor may have made one).
 * @param strapi the bootstrapped Strapi instance
 * @param forms the checked demo forms
 */
export const missingLaterForms = async (
  strapi: Core.Strapi,
  forms: DemoForm[]
): Promise<DemoForm[]> => {
  const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
  const missing: DemoForm[] = [];
  for (const form of forms) {
    const marker = LATER_FORMS[form.slug];
    if (
      marker &&
      !(await store.get({ key: marker })) &&
      (await strapi.db.query(FORM).count({ where: { slug: form.slug } })) === 0
    ) {
      missing.push(form);
    }
  }
  return missing;
};
