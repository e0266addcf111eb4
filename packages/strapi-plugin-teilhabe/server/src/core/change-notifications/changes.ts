/**
 * What the portal is told about a write: which document of which type changed
 * and how. No content and no personal data: the portal only needs to know
 * that its caches are out of date.
 */

/** Document Service actions that change stored content. */
export const WRITE_ACTIONS = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
  // A clone is a new draft: nothing public changes, but it is a write like `create`.
  'clone',
] as const;

export type WriteAction = (typeof WRITE_ACTIONS)[number];

/** One write on a content type of the plugin. */
export interface ContentChange {
  /** e.g. `plugin::teilhabe.page` */
  uid: string;
  action: WriteAction;
  /** Absent only when the Document Service did not report one. */
  documentId?: string;
  /** The locale written, `*` for all; absent for types without locales. */
  locale?: string;
}

/**
 * The body of a notification, as the portal reads it. Each of them purges
 * every cached answer: `cache.cleared` is an administrator's "Portal-Cache
 * leeren", `cms.started` stands for writes a crashed CMS may not have sent.
 */
export type ChangeNotificationBody =
  | { type: 'content.changed'; changes: ContentChange[]; truncated?: true }
  | { type: 'cms.started' }
  | { type: 'cache.cleared' };

const PLUGIN_UID_PREFIX = 'plugin::teilhabe.';

/**
 * @param uid a content type uid
 * @returns whether the type belongs to this plugin (the portal shows only those)
 */
export const isPluginUid = (uid: string): boolean => uid.startsWith(PLUGIN_UID_PREFIX);

/**
 * @param action a Document Service action
 * @returns whether it writes
 */
export const isWriteAction = (action: string): action is WriteAction =>
  (WRITE_ACTIONS as readonly string[]).includes(action);

const documentIdOf = (params: unknown, result: unknown): string | undefined => {
  for (const source of [params, result]) {
    const documentId = (source as { documentId?: unknown } | null | undefined)?.documentId;
    if (typeof documentId === 'string' && documentId !== '') {
      return documentId;
    }
  }
  return undefined;
};

const localesOf = (params: unknown): Array<string | undefined> => {
  const locale = (params as { locale?: unknown } | null | undefined)?.locale;
  if (typeof locale === 'string') {
    return [locale];
  }
  if (Array.isArray(locale)) {
    const strings = locale.filter((item): item is string => typeof item === 'string');
    return strings.length > 0 ? strings : [undefined];
  }
  return [undefined];
};

/**
 * The changes one Document Service call made. `create` learns its document id
 * from the result, every other write from its parameters.
 * @param uid the content type
 * @param action a write action
 * @param params the call's parameters
 * @param result what the call returned
 * @returns one change per locale written
 */
export const changesOf = (
  uid: string,
  action: WriteAction,
  params: unknown,
  result: unknown
): ContentChange[] => {
  const documentId = documentIdOf(params, result);
  return localesOf(params).map((locale) => ({
    uid,
    action,
    ...(documentId ? { documentId } : {}),
    ...(locale ? { locale } : {}),
  }));
};

/** A change's identity, so that a burst of the same write is sent once. */
export const changeKey = (change: ContentChange): string =>
  [change.uid, change.action, change.documentId ?? '', change.locale ?? ''].join('|');
