import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { LocaleTextField } from '../custom-fields/LocaleTextField';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import type { DraftText } from './draft';
import { portalLocale } from './locales';
import { withLocale } from './text-value';
import { useIssue } from './use-issue';
import { useText } from './use-text';

export interface TextEditorProps {
  /** Dotted path of the text in the definition. */
  path: string;
  label: string;
  value: DraftText | undefined;
  onChange(next: DraftText | undefined): void;
  /** Optional texts (hints) may stay empty; the others need German. */
  optional?: boolean;
  multiline?: boolean;
  hint?: string;
}

/**
 * A text residents read. German only by default; while translating, the
 * German text stands read-only beside the input of the target locale.
 */
export const TextEditor = ({
  path,
  label,
  value,
  onChange,
  optional = false,
  multiline = false,
  hint,
}: TextEditorProps) => {
  const { target, disabled } = useBuilder();
  const t = useText();
  const germanError = useIssue(path, `${path}.de`);
  const targetError = useIssue(target ? `${path}.${target}` : '');
  const german = value?.de ?? '';
  const change = (locale: Parameters<typeof withLocale>[1], text: string) =>
    onChange(withLocale(value, locale, text, optional));

  if (!target) {
    return (
      <LocaleTextField
        id={domIdOf(`${path}.de`)}
        locale={portalLocale('de')}
        label={label}
        value={german}
        onChange={(text) => change('de', text)}
        required={!optional}
        error={germanError}
        hint={hint}
        disabled={disabled}
        multiline={multiline}
      />
    );
  }
  const locale = portalLocale(target);
  return (
    <Box tag="fieldset" padding={0} borderStyle="none" id={domIdOf(path)}>
      <Flex tag="legend" paddingBottom={2}>
        <Typography variant="pi" fontWeight="bold" textColor="neutral800">
          {label}
        </Typography>
      </Flex>
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <LocaleTextField
            id={domIdOf(`${path}.de`)}
            locale={portalLocale('de')}
            label={t('translate.german')}
            value={german}
            error={germanError}
            readOnly
            multiline={multiline}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <LocaleTextField
            id={domIdOf(`${path}.${target}`)}
            locale={locale}
            value={value?.[target] ?? ''}
            onChange={(text) => change(target, text)}
            error={targetError}
            disabled={disabled || german === ''}
            multiline={multiline}
            isTranslation
          />
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
