import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyLabels } from '../admin-labels-config';
import type { ContentTypeLabels } from '../admin-labels';
import { DOMAINS } from '../../domains';
import { customFieldUid } from '../custom-fields/register';
import { LOCALIZED_TEXT, LOCALIZED_TEXT_FIELD } from '../localized-text/custom-field';

const labels: ContentTypeLabels = {
  name: { de: 'Anbieter', en: 'Provider' },
  fields: {
    name: { de: 'Name', en: 'Name' },
    website: { de: 'Website', en: 'Website', help: 'Mit https://' },
  },
  list: ['name', 'website'],
  sort: 'name:ASC',
};

const strapiDefault = () => ({
  settings: { defaultSortBy: 'id', defaultSortOrder: 'ASC' },
  metadatas: {
    name: { edit: { label: 'name', description: '' }, list: { label: 'name' } },
    website: { edit: { label: 'website', description: '' }, list: { label: 'website' } },
  },
  layouts: { list: ['id', 'name'] },
});

describe('applyLabels', () => {
  test('sets German labels, help texts, columns and sort on Strapi’s defaults', () => {
    const { configuration } = applyLabels(strapiDefault(), labels, undefined);
    expect(configuration.metadatas.website).toEqual({
      edit: { label: 'Website', description: 'Mit https://' },
      list: { label: 'Website' },
    });
    expect(configuration.layouts.list).toEqual(['name', 'website']);
    expect(configuration.settings).toMatchObject({
      defaultSortBy: 'name',
      defaultSortOrder: 'ASC',
    });
  });

  test('keeps what an administrator changed, and updates what the plugin set before', () => {
    const first = applyLabels(strapiDefault(), labels, undefined);
    const edited = structuredClone(first.configuration);
    edited.metadatas.name!.edit!.label = 'Träger';
    edited.layouts.list = ['website'];
    const newer = {
      ...labels,
      fields: { ...labels.fields, website: { de: 'Internetseite', en: 'Website' } },
    };
    const second = applyLabels(edited, newer, first.applied);
    expect(second.configuration.metadatas.name!.edit!.label).toBe('Träger');
    expect(second.configuration.metadatas.website!.edit!.label).toBe('Internetseite');
    expect(second.configuration.layouts.list).toEqual(['website']);
  });

  test('is idempotent', () => {
    const first = applyLabels(strapiDefault(), labels, undefined);
    const again = applyLabels(first.configuration, labels, first.applied);
    expect(again.configuration).toEqual(first.configuration);
  });
});

describe('the domains’ admin labels', () => {
  // The types editors see: internal ones (form versions, submissions) are
  // hidden from the content manager and never shown with labels.
  const types = DOMAINS.flatMap((domain) =>
    Object.entries(domain.contentTypes).map(([name, type]) => ({
      uid: `plugin::teilhabe.${name}`,
      schema: type.schema as {
        info: { displayName: string };
        pluginOptions?: { 'content-manager'?: { visible?: boolean } };
        attributes: Record<
          string,
          {
            type: string;
            customField?: string;
            enum?: string[];
            options?: { maxLength?: number };
          }
        >;
      },
      labels: domain.adminLabels?.[`plugin::teilhabe.${name}`],
      options: domain.adminOptions ?? {},
    }))
  ).filter((type) => type.schema.pluginOptions?.['content-manager']?.visible !== false);

  test('the internal types are left out, the editors’ types are all here', () => {
    expect(types.map((type) => type.uid)).toContain('plugin::teilhabe.form');
    expect(types.map((type) => type.uid)).not.toContain('plugin::teilhabe.submission');
  });

  test.each(types.map((type) => [type.uid, type]))(
    '%s has a German name and labels for every field',
    (_uid, type) => {
      expect(type.labels).toBeDefined();
      expect(type.schema.info.displayName).toBe(type.labels!.name.de);
      const unlabelled = Object.keys(type.schema.attributes).filter(
        (field) => !type.labels!.fields[field] && field !== 'descriptionText'
      );
      expect(unlabelled).toEqual([]);
      const timestamps = ['createdAt', 'updatedAt', 'publishedAt'];
      for (const column of type.labels!.list) {
        expect([...Object.keys(type.schema.attributes), ...timestamps]).toContain(column);
      }
    }
  );

  test('every value an editor chooses from has a German and an English name', () => {
    const choices = types.flatMap((type) =>
      Object.entries(type.schema.attributes)
        .filter(([, attribute]) => attribute.type === 'enumeration')
        .map(([field, attribute]) => ({ field: `${type.uid}.${field}`, ...attribute, type }))
    );
    expect(choices.length).toBeGreaterThanOrEqual(6);
    const unnamed = choices.flatMap((choice) =>
      (choice.enum ?? [])
        .filter((value) => !/^[ABC][12]$/.test(value))
        .filter((value) => !choice.type.options[value]?.de || !choice.type.options[value]?.en)
        .map((value) => `${choice.field}: ${value}`)
    );
    expect(unnamed).toEqual([]);
    expect(choices.every((choice) => (choice.enum ?? []).length > 0)).toBe(true);
  });

  test('no schema keeps a plain JSON map of texts: every one is the localized-text field', () => {
    const plainJson = types.flatMap((type) =>
      Object.entries(type.schema.attributes)
        .filter(
          ([field, attribute]) => attribute.type === 'json' && /label|description|role/.test(field)
        )
        .map(([field]) => `${type.uid}.${field}`)
    );
    expect(plainJson).toEqual([]);
    const custom = types.flatMap((type) =>
      Object.values(type.schema.attributes).filter(
        (attribute) => attribute.customField === LOCALIZED_TEXT_FIELD
      )
    );
    expect(custom.length).toBeGreaterThanOrEqual(6);
    expect(custom.every((attribute) => (attribute.options?.maxLength ?? 0) > 0)).toBe(true);
  });

  test('nobody edits JSON: every JSON attribute is one of the registered custom fields', () => {
    const registered = new Set<string>(
      [LOCALIZED_TEXT, ...DOMAINS.flatMap((domain) => domain.customFields ?? [])].map((field) =>
        customFieldUid(field.name)
      )
    );
    const attributes = types.flatMap((type) =>
      Object.entries(type.schema.attributes).map(([field, attribute]) => ({
        field: `${type.uid}.${field}`,
        ...attribute,
      }))
    );
    expect(attributes.filter((attribute) => attribute.type === 'json')).toEqual([]);
    const custom = attributes.filter((attribute) => attribute.type === 'customField');
    expect(custom.filter((attribute) => !registered.has(attribute.customField ?? ''))).toEqual([]);
    expect(custom.map((attribute) => attribute.field)).toEqual(
      expect.arrayContaining([
        'plugin::teilhabe.offer.openingHours',
        'plugin::teilhabe.offer.links',
        'plugin::teilhabe.offer.courseSchedule',
        'plugin::teilhabe.offer.staffLanguages',
        'plugin::teilhabe.offer.previousSlugs',
        'plugin::teilhabe.contact.languages',
        'plugin::teilhabe.form.definition',
        'plugin::teilhabe.form.caseworkers',
      ])
    );
  });

  test('the admin names no English API name: Strapi’s "Provider" message is not reused', () => {
    const source = readFileSync(
      path.join(__dirname, '../../directory/content-types/provider/schema.json'),
      'utf8'
    );
    expect(JSON.parse(source).info.displayName).not.toBe('Provider');
  });
});
