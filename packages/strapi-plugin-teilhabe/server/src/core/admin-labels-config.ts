import type { Core } from '@strapi/types';
import type { AdminLabels, ContentTypeLabels } from './admin-labels';

interface FieldMetadata {
  edit?: { label?: string; description?: string; [key: string]: unknown };
  list?: { label?: string; [key: string]: unknown };
}

interface Configuration {
  settings: { defaultSortBy?: string; defaultSortOrder?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; [key: string]: unknown };
}

interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<Configuration>;
  updateConfiguration(contentType: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/** What the plugin set last time, per UID: to tell its own values from an administrator's. */
type Applied = Record<
  string,
  { labels: Record<string, string>; help: Record<string, string>; list?: string[]; sort?: string }
>;

const STORE = { type: 'plugin' as const, name: 'teilhabe', key: 'admin-labels-applied' };

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  !!a && !!b && a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * A value may be set when nobody has chosen one: it is still Strapi's
 * default or what the plugin set before.
 */
const isUntouched = (
  current: string | undefined,
  strapiDefault: string,
  ours: string | undefined
) => current === undefined || current === strapiDefault || current === ours;

/**
 * Applies one type's labels to its content-manager configuration and returns
 * what was applied. Field labels, help texts, the list's columns and sort are
 * set only where they are untouched (see {@link isUntouched}), so an
 * administrator's own changes in "Configure the view" stay.
 */
export const applyLabels = (
  configuration: Configuration,
  labels: ContentTypeLabels,
  before: Applied[string] | undefined
): { configuration: Configuration; applied: Applied[string] } => {
  const applied: Applied[string] = { labels: {}, help: {} };
  const metadatas = { ...configuration.metadatas };
  for (const [field, label] of Object.entries(labels.fields)) {
    const meta = metadatas[field];
    if (!meta) {
      continue;
    }
    const edit = { ...meta.edit };
    const list = { ...meta.list };
    if (isUntouched(edit.label, field, before?.labels[field])) {
      edit.label = label.de;
    }
    if (isUntouched(list.label, field, before?.labels[field])) {
      list.label = label.de;
    }
    if (label.help && isUntouched(edit.description, '', before?.help[field])) {
      edit.description = label.help;
      applied.help[field] = label.help;
    }
    applied.labels[field] = label.de;
    metadatas[field] = { ...meta, edit, list };
  }
  const layouts = { ...configuration.layouts };
  const columns = labels.list.filter((field) => field in metadatas);
  if (columns.length > 0 && (!before?.list || sameList(layouts.list, before.list))) {
    layouts.list = columns;
    applied.list = columns;
  } else {
    applied.list = before?.list;
  }
  const settings = { ...configuration.settings };
  const currentSort = `${settings.defaultSortBy}:${settings.defaultSortOrder}`;
  if (labels.sort && (!before?.sort || currentSort === before.sort)) {
    const [by, order] = labels.sort.split(':');
    settings.defaultSortBy = by;
    settings.defaultSortOrder = order;
    applied.sort = labels.sort;
  } else {
    applied.sort = before?.sort;
  }
  return { configuration: { ...configuration, metadatas, layouts, settings }, applied };
};

/**
 * Gives the admin German labels, help texts and useful list columns for the
 * plugin's content types. Idempotent; runs on every start after the content
 * manager has synced its configurations, and never overwrites what an
 * administrator changed.
 * @param strapi the running Strapi instance
 * @param labels the labels of every domain, keyed by UID
 */
export const configureAdminLabels = async (strapi: Core.Strapi, labels: AdminLabels) => {
  const contentTypes = strapi
    .plugin('content-manager')
    .service('content-types') as unknown as ContentTypesService;
  const store = strapi.store(STORE);
  const before = ((await store.get({})) ?? {}) as Applied;
  const after: Applied = {};
  for (const [uid, typeLabels] of Object.entries(labels)) {
    const configuration = await contentTypes.findConfiguration({ uid });
    const result = applyLabels(configuration, typeLabels, before[uid]);
    await contentTypes.updateConfiguration({ uid }, result.configuration);
    after[uid] = result.applied;
  }
  await store.set({ value: after });
};
