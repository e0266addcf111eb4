import { Flex } from '@strapi/design-system';
import type { DraftText } from './draft';
import { PlainTextSetting } from './PlainTextSetting';
import { TextEditor } from './TextEditor';
import { useText } from './use-text';

export interface PatternRulesProps {
  path: string;
  pattern?: string;
  patternMessage?: DraftText;
  onChange(next: { pattern: string | undefined; patternMessage: DraftText | undefined }): void;
}

/** A pattern the whole answer must match, and what residents read when it does not. */
export const PatternRules = ({ path, pattern, patternMessage, onChange }: PatternRulesProps) => {
  const t = useText();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <PlainTextSetting
        path={`${path}.pattern`}
        label={t('prop.pattern')}
        value={pattern ?? ''}
        code
        onChange={(next) => onChange({ pattern: next === '' ? undefined : next, patternMessage })}
      />
      {pattern ? (
        <TextEditor
          path={`${path}.patternMessage`}
          label={t('prop.patternMessage')}
          value={patternMessage}
          optional
          onChange={(next) => onChange({ pattern, patternMessage: next })}
        />
      ) : null}
    </Flex>
  );
};
