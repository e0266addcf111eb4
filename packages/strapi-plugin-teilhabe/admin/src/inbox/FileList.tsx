import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { FILE_TYPE_NAMES, fileSizeText, isFileType } from '@teilhabe/forms';
import { useState } from 'react';
import type { InboxFile } from '../../../server/src/forms/inbox/types';
import { useInboxText } from './use-text';

/** "PDF · 1,2 MB": the type as people know it and the size as Germans write it. */
const facts = (file: InboxFile): string =>
  `${isFileType(file.type) ? FILE_TYPE_NAMES[file.type] : file.type} · ${fileSizeText(file.size, 'de')}`;

/**
 * The files a submission brought, by question, each with a download button.
 * The file is fetched with the admin's sign-in and saved under its name;
 * each download is recorded on the server.
 */
export const FileList = ({ files }: { files: InboxFile[] }) => {
  const t = useInboxText();
  const { get } = useFetchClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (files.length === 0) {
    return <Typography>{t('detail.no-files')}</Typography>;
  }
  const download = async (file: InboxFile) => {
    setBusy(file.id);
    setFailed(false);
    try {
      const response = await get<Blob>(`/teilhabe/inbox/files/${encodeURIComponent(file.id)}`, {
        responseType: 'blob',
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(response.data);
      link.download = file.name ?? file.field;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {files.map((file) => {
          const name = file.name ?? t('detail.file-unnamed');
          return (
            <Box tag="li" key={file.id} paddingBottom={3}>
              <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
                <Box>
                  <Typography variant="sigma" textColor="neutral600" tag="p">
                    {file.field}
                  </Typography>
                  {/* `auto`: a name in Arabic or Farsi reads right to left. */}
                  <Typography tag="p" dir="auto" fontWeight="bold">
                    {name}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {facts(file)}
                  </Typography>
                </Box>
                <Button
                  variant="secondary"
                  startIcon={<Download />}
                  loading={busy === file.id}
                  onClick={() => void download(file)}
                  aria-label={t('detail.download-named', { name })}
                >
                  {t('detail.download')}
                </Button>
              </Flex>
            </Box>
          );
        })}
      </Box>
      {failed ? (
        <Typography textColor="danger600" role="alert">
          {t('detail.download-failed')}
        </Typography>
      ) : null}
      <Typography variant="pi" textColor="neutral600">
        {t('detail.files-logged')}
      </Typography>
    </Flex>
  );
};
