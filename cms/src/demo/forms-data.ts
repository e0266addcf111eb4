import { readdirSync } from 'node:fs';
import path from 'node:path';
import {
  formDefinitionSchema,
  formSettingsSchema,
  formTextsSchema,
  lintForm,
  type FormDefinition,
  type FormSettings,
  type FormTexts,
} from '@teilhabe/forms';
import { LOCALE_CODES } from '@teilhabe/locales';
import { z } from 'zod';
import { DataReader } from './data-files';
import type { TranslationStatuses } from './types';

/** One demo form as the seed writes it: a form document and its first published version. */
export interface DemoForm {
  slug: string;
  settings: FormSettings;
  texts: FormTexts;
  definition: FormDefinition;
  isSampleContent: true;
  /** Whose text each locale holds: German the source, the others demo translations. */
  translationStatus: TranslationStatuses;
}

/**
 * The folder of the demo forms in a cms app's demo data.
 * @param dataDir the demo data folder (`demoDataDir(appRoot)`)
 */
export const demoFormsDir = (dataDir: string): string => path.join(dataDir, 'forms');

const translated = z.enum(['demo_translation', 'reviewed_translation']);

/**
 * The frame of a form file. Settings, texts and definition are checked by the
 * schemas of `@teilhabe/forms` itself (the ones publishing uses), on their own:
 * that package brings its own copy of zod, and schemas of two copies are not
 * mixed in one.
 */
const formFileSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a slug such as "kita-anmeldung"'),
    isSampleContent: z.literal(true, 'demo forms are sample content: set isSampleContent: true'),
    translationStatus: z
      .object({
        de: z.literal('source', 'German is the source: use "source"'),
        ...Object.fromEntries(
          LOCALE_CODES.filter((locale) => locale !== 'de').map((locale) => [locale, translated])
        ),
      })
      .strict(),
    settings: z.unknown(),
    texts: z.unknown(),
    definition: z.unknown(),
  })
  .strict();

/** Checks one part with its schema from `@teilhabe/forms`, reporting each issue under the part's name. */
const checkPart = <T>(
  reader: DataReader,
  file: string,
  part: string,
  schema: {
    safeParse: (
      value: unknown
    ) =>
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown
): T | undefined => {
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      reader.report(file, [part, ...issue.path], issue.message);
    }
    return undefined;
  }
  return result.data;
};

/**
 * Reads and checks every demo form (`<slug>.yaml`, one file per form with
 * its texts as maps per locale, see the data README) in a folder: the shape
 * of the file, settings, texts and definition by the schemas publishing uses,
 * and `lintForm`, the checks the form builder and publish enforce (unique
 * keys, conditions, statuses, purposes, anonymous mode).
 * @param dir the folder of the form files (`demoFormsDir(dataDir)`)
 * @returns the forms in file name order
 * @throws DemoDataError listing every problem, with file and place
 */
export const loadDemoForms = (dir: string): DemoForm[] => {
  const reader = new DataReader(dir);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const forms: DemoForm[] = [];
  for (const file of files) {
    const data = reader.read(file, formFileSchema);
    if (data === undefined) {
      continue;
    }
    if (`${data.slug}.yaml` !== file) {
      reader.report(file, ['slug'], `the file of "${data.slug}" is named ${data.slug}.yaml`);
    }
    const settings = checkPart(reader, file, 'settings', formSettingsSchema, data.settings);
    const texts = checkPart(reader, file, 'texts', formTextsSchema, data.texts);
    const definition = checkPart(reader, file, 'definition', formDefinitionSchema, data.definition);
    if (settings === undefined || texts === undefined || definition === undefined) {
      continue;
    }
    for (const issue of lintForm({ definition, settings })) {
      reader.report(file, ['definition', ...issue.path], issue.message);
    }
    forms.push({
      slug: data.slug,
      settings,
      texts,
      definition,
      isSampleContent: true,
      translationStatus: data.translationStatus as TranslationStatuses,
    });
  }
  if (files.length === 0) {
    reader.report('', [], 'there are no demo forms (*.yaml)');
  }
  reader.throwIfInvalid();
  return forms;
};
