import type { ComponentType } from 'react';
import { LOCALIZED_TEXT_NAME } from '../../../server/src/core/localized-text/custom-field';
import { DIRECTORY_FIELD_NAMES } from '../../../server/src/directory/custom-fields';
import { CASEWORKERS_NAME, FORM_CHOICE_NAME } from '../../../server/src/forms/custom-fields';
import { messageId, PLUGIN_ID } from '../plugin-id';
import { FIELD_MESSAGES } from '../translations/field-messages';

type FieldName =
  | typeof LOCALIZED_TEXT_NAME
  | typeof CASEWORKERS_NAME
  | typeof FORM_CHOICE_NAME
  | (typeof DIRECTORY_FIELD_NAMES)[keyof typeof DIRECTORY_FIELD_NAMES];

// The content manager hands each input its own props; they are typed in the inputs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LoadInput = () => Promise<{ default: ComponentType<any> }>;

/**
 * The admin side of one of the plugin's custom fields (server side:
 * `registerJsonCustomFields`). Its name and description show in the
 * content-type builder only, which is off for the plugin's types; editors
 * meet the input in the content manager, loaded when first shown.
 */
const customField = (name: FieldName, Input: LoadInput, type: 'json' | 'string' = 'json') => ({
  name,
  pluginId: PLUGIN_ID,
  type,
  intlLabel: { id: messageId(`${name}.label`), defaultMessage: FIELD_MESSAGES.de[`${name}.label`] },
  intlDescription: {
    id: messageId(`${name}.description`),
    defaultMessage: FIELD_MESSAGES.de[`${name}.description`],
  },
  components: { Input },
});

export type CustomField = ReturnType<typeof customField>;

/** Every custom field of the plugin: nobody edits JSON. */
export const CUSTOM_FIELDS: readonly CustomField[] = [
  customField(LOCALIZED_TEXT_NAME, () =>
    import('./LocalizedTextInput').then((module) => ({ default: module.LocalizedTextInput }))
  ),
  customField(DIRECTORY_FIELD_NAMES.openingHours, () =>
    import('./OpeningHoursInput').then((module) => ({ default: module.OpeningHoursInput }))
  ),
  customField(DIRECTORY_FIELD_NAMES.courseSchedule, () =>
    import('./CourseScheduleInput').then((module) => ({ default: module.CourseScheduleInput }))
  ),
  customField(DIRECTORY_FIELD_NAMES.offerLinks, () =>
    import('./LinksInput').then((module) => ({ default: module.LinksInput }))
  ),
  customField(DIRECTORY_FIELD_NAMES.languageCodes, () =>
    import('./LanguageCodesInput').then((module) => ({ default: module.LanguageCodesInput }))
  ),
  customField(DIRECTORY_FIELD_NAMES.previousSlugs, () =>
    import('./PreviousSlugsInput').then((module) => ({ default: module.PreviousSlugsInput }))
  ),
  customField(CASEWORKERS_NAME, () =>
    import('./CaseworkersInput').then((module) => ({ default: module.CaseworkersInput }))
  ),
  customField(
    FORM_CHOICE_NAME,
    () => import('./FormChoiceInput').then((module) => ({ default: module.FormChoiceInput })),
    'string'
  ),
];
