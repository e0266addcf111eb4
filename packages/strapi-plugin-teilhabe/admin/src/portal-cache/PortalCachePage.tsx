import { Box, Button, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { ClearPortalCacheResult } from '../../../server/src/core/portal-cache/controller';
import { PORTAL_CACHE_MESSAGES, type PortalCacheMessageKey } from '../translations/portal-cache';
import { textsOf } from '../translations/use-messages';

const usePortalCacheText = textsOf<PortalCacheMessageKey>(
  'portal-cache.',
  PORTAL_CACHE_MESSAGES.de
);

/**
 * Settings → Teilhabe → Portal-Cache: one button that tells every portal to
 * drop its cache. Shown to holders of the permission `portal-cache.clear`.
 */
const PortalCachePage = () => {
  const t = usePortalCacheText();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const clear = async () => {
    setBusy(true);
    setError(null);
    try {
      const { data } = await post<ClearPortalCacheResult>('/teilhabe/portal-cache/clear', {});
      toggleNotification({ type: 'success', message: t('done', { portals: data.portals }) });
    } catch (failure) {
      setError((failure as { message?: string }).message ?? t('failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page.Main>
      <Page.Title>{t('title')}</Page.Title>
      <Layouts.Header title={t('title')} subtitle={t('subtitle')} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Box paddingBottom={4}>
            <Typography tag="p">{t('explanation')}</Typography>
          </Box>
          <Button onClick={() => void clear()} loading={busy} disabled={busy}>
            {busy ? t('busy') : t('button')}
          </Button>
          {error ? (
            <Box paddingTop={4}>
              <Typography tag="p" textColor="danger600" role="alert">
                {error}
              </Typography>
            </Box>
          ) : null}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export default PortalCachePage;
