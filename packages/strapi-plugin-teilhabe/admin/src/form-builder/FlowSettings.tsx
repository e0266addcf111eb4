import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckboxSetting } from './CheckboxSetting';
import type { DraftDefinition } from './draft';
import { useText } from './use-text';

export interface FlowSettingsProps {
  draft: DraftDefinition;
  onChange(next: Pick<DraftDefinition, 'onePerPage' | 'askForInterpreter'>): void;
}

/** How residents go through the form: one question per page, the interpreter question. */
export const FlowSettings = ({ draft, onChange }: FlowSettingsProps) => {
  const t = useText();
  const onePerPage = draft.onePerPage === true;
  const askForInterpreter = draft.askForInterpreter === true;
  return (
    <Box tag="section" aria-labelledby="form-builder-flow-title">
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3" id="form-builder-flow-title">
          {t('settings.title')}
        </Typography>
        <CheckboxSetting
          path="onePerPage"
          label={t('settings.onePerPage')}
          hint={t('settings.onePerPage-hint')}
          checked={onePerPage}
          onChange={(next) => onChange({ onePerPage: next, askForInterpreter })}
        />
        <CheckboxSetting
          path="askForInterpreter"
          label={t('settings.askForInterpreter')}
          hint={t('settings.askForInterpreter-hint')}
          checked={askForInterpreter}
          onChange={(next) => onChange({ onePerPage, askForInterpreter: next })}
        />
      </Flex>
    </Box>
  );
};
