import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { ChevronDown, ChevronRight } from '@strapi/icons';
import type { ReactNode } from 'react';
import { useBuilder } from './builder-context';
import { domIdOf } from './dom-ids';
import { hasIssuesWithin } from './issues';
import { useIssue } from './use-issue';
import { useText } from './use-text';

export interface CollapsibleCardProps {
  /** Dotted path of the item; the card's open state and id follow it. */
  path: string;
  /** What the card is, e.g. "Feld 3"; also names its buttons. */
  name: string;
  /** What the card holds at a glance: type, label, key. */
  summary: ReactNode;
  actions: ReactNode;
  children: ReactNode;
}

/**
 * An item of the builder (step, field, option, status) as a card that opens
 * on its header button: closed it shows what it holds and whether anything
 * inside needs attention, so a long form stays navigable.
 */
export const CollapsibleCard = ({
  path,
  name,
  summary,
  actions,
  children,
}: CollapsibleCardProps) => {
  const { isOpen, setOpen, issues } = useBuilder();
  const t = useText();
  const open = isOpen(path);
  const ownIssue = useIssue(path);
  const bodyId = `${domIdOf(path)}-body`;
  return (
    <Box
      id={domIdOf(path)}
      background="neutral0"
      hasRadius
      borderColor={hasIssuesWithin(issues, path) ? 'danger600' : 'neutral200'}
      borderStyle="solid"
      borderWidth="1px"
    >
      <Flex gap={2} padding={3} justifyContent="space-between" alignItems="center">
        <Box
          tag="button"
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(path, !open)}
          background="transparent"
          borderStyle="none"
          cursor="pointer"
          flex="1"
          padding={0}
          textAlign="start"
        >
          <Flex gap={2} alignItems="center">
            {open ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
            <Box tag="span" flex="0 0 auto">
              <Typography fontWeight="bold" textColor="neutral800">
                {name}
              </Typography>
            </Box>
            {summary}
            {hasIssuesWithin(issues, path) ? (
              <Badge textColor="danger700" backgroundColor="danger100">
                {t('card.has-errors')}
              </Badge>
            ) : null}
          </Flex>
        </Box>
        <Flex gap={1}>{actions}</Flex>
      </Flex>
      {open ? (
        <Box id={bodyId} padding={4} paddingTop={1}>
          {ownIssue ? (
            <Box paddingBottom={3}>
              <Typography variant="pi" textColor="danger600">
                {ownIssue}
              </Typography>
            </Box>
          ) : null}
          {children}
        </Box>
      ) : null}
    </Box>
  );
};
