import type { Core } from '@strapi/strapi';
import { DEMO_CASEWORKERS, ensureDemoCaseworkers } from './caseworkers';
import type { DemoForm } from './forms-data';

export const FORMS_SEEDED_KEY = 'demo-forms-seeded';

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
  }
  await strapi
    .store({ type: 'plugin', name: 'teilhabe' })
    .set({ key: FORMS_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info(`Demo forms seeded: ${forms.length}.`);
};
