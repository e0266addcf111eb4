import { Button, Flex, Typography } from '@strapi/design-system';
import { useInboxText } from './use-text';

/** "Previous page · Page 2 of 5 · Next page", shown only when there is more than one page. */
export const PageButtons = ({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}) => {
  const t = useInboxText();
  if (pageCount <= 1) {
    return null;
  }
  return (
    <Flex gap={2} paddingTop={4} justifyContent="flex-end">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('list.previous')}
      </Button>
      <Typography>{t('list.page', { page, pageCount })}</Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('list.next')}
      </Button>
    </Flex>
  );
};
