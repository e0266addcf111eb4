import { FILE_TYPES } from '@teilhabe/forms';
import { Box, Flex, Typography } from '@strapi/design-system';
import { CheckboxSetting } from './CheckboxSetting';
import { domIdOf } from './dom-ids';
import { NumberSetting } from './NumberSetting';
import { SettingsGrid } from './SettingsGrid';
import { useIssue } from './use-issue';
import { useText } from './use-text';

type FileType = (typeof FILE_TYPES)[number];
const MEGABYTE = 1024 * 1024;

export interface FileRulesProps {
  path: string;
  accept: readonly FileType[];
  maxBytes: number | undefined;
  maxFiles: number | undefined;
  onChange(next: {
    accept: FileType[];
    maxBytes: number | undefined;
    maxFiles: number | undefined;
  }): void;
}

/** Which file types an upload accepts, how large a file and how many files. */
export const FileRules = ({ path, accept, maxBytes, maxFiles, onChange }: FileRulesProps) => {
  const t = useText();
  const acceptError = useIssue(`${path}.accept`);
  const toggle = (type: FileType, on: boolean) =>
    onChange({
      accept: FILE_TYPES.filter((candidate) =>
        candidate === type ? on : accept.includes(candidate)
      ),
      maxBytes,
      maxFiles,
    });
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Box tag="fieldset" padding={0} borderStyle="none" id={domIdOf(`${path}.accept`)}>
        <Typography tag="legend" variant="pi" fontWeight="bold" textColor="neutral800">
          {t('prop.accept')}
        </Typography>
        <Flex gap={4} paddingTop={2}>
          {FILE_TYPES.map((type) => (
            <CheckboxSetting
              key={type}
              path={`${path}.accept.${type}`}
              label={t(`file.${type}`)}
              checked={accept.includes(type)}
              onChange={(on) => toggle(type, on)}
            />
          ))}
        </Flex>
        {acceptError ? (
          <Typography variant="pi" textColor="danger600">
            {acceptError}
          </Typography>
        ) : null}
      </Box>
      <SettingsGrid>
        <NumberSetting
          path={`${path}.maxBytes`}
          label={t('prop.maxBytes')}
          step={0.5}
          value={maxBytes === undefined ? undefined : maxBytes / MEGABYTE}
          onChange={(megabytes) =>
            onChange({
              accept: [...accept],
              maxBytes: megabytes === undefined ? undefined : Math.round(megabytes * MEGABYTE),
              maxFiles,
            })
          }
        />
        <NumberSetting
          path={`${path}.maxFiles`}
          label={t('prop.maxFiles')}
          value={maxFiles}
          onChange={(next) => onChange({ accept: [...accept], maxBytes, maxFiles: next })}
        />
      </SettingsGrid>
    </Flex>
  );
};
