import type { CommentPublishing, CommentPublishingRole } from '@teilhabe/forms';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { BuilderMessageKey } from '../translations/form-builder';
import { CheckboxSetting } from './CheckboxSetting';
import {
  fieldsFitting,
  COMMENT_PUBLISHING_ROLES,
  initialCommentPublishing,
} from './comment-publishing';
import type { DraftDefinition } from './draft';
import { SelectSetting } from './SelectSetting';
import { useText } from './use-text';

export interface CommentPublishingSettingsProps {
  draft: DraftDefinition;
  /** The roles' fields, or `undefined` to switch comment publishing off. */
  onChange(next: CommentPublishing | undefined): void;
}

/** The label and hint of each role's choice. */
const ROLE_TEXTS: Record<CommentPublishingRole, [BuilderMessageKey, BuilderMessageKey]> = {
  textField: ['comments.textField', 'comments.textField-hint'],
  subjectField: ['comments.subjectField', 'comments.subjectField-hint'],
  consentField: ['comments.consentField', 'comments.consentField-hint'],
};

/**
 * Whether a moderator may publish answers as public comments, and from
 * which of the form's own fields: the text, the subject (the chapter) and
 * the consent to publication, each chosen by its German label. Off by
 * default; what does not fit is said with the message publishing gives.
 */
export const CommentPublishingSettings = ({ draft, onChange }: CommentPublishingSettingsProps) => {
  const t = useText();
  const publishing = draft.commentPublishing;
  return (
    <Box tag="section" aria-labelledby="form-builder-comments-title">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3" id="form-builder-comments-title">
          {t('comments.title')}
        </Typography>
        <CheckboxSetting
          path="commentPublishing"
          label={t('comments.enabled')}
          hint={t('comments.enabled-hint')}
          checked={publishing !== undefined}
          onChange={(next) => onChange(next ? initialCommentPublishing(draft) : undefined)}
        />
        {publishing === undefined
          ? null
          : COMMENT_PUBLISHING_ROLES.map((role) => {
              const [label, hint] = ROLE_TEXTS[role];
              return (
                <Box key={role} maxWidth="32rem">
                  <SelectSetting
                    path={`commentPublishing.${role}`}
                    label={t(label)}
                    hint={t(hint)}
                    required
                    placeholder={t('comments.choose')}
                    value={publishing[role] === '' ? undefined : publishing[role]}
                    choices={fieldsFitting(draft, role).map(({ field, number }) => ({
                      value: field.key,
                      label: field.label.de || t('field.name', { number }),
                    }))}
                    onChange={(key) => onChange({ ...publishing, [role]: key })}
                  />
                </Box>
              );
            })}
      </Flex>
    </Box>
  );
};
