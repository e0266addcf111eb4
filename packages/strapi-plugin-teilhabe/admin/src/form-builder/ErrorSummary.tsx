import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import type { DraftDefinition } from './draft';
import type { BuilderIssue } from './issues';
import { describePath } from './location';
import { locationText } from './location-text';
import { useText } from './use-text';

export interface ErrorSummaryProps {
  draft: DraftDefinition;
  issues: readonly BuilderIssue[];
  onShow(path: string): void;
}

/**
 * What is still wrong with the form, each with its place in the editor's
 * words and a button that opens the place.
 */
export const ErrorSummary = ({ draft, issues, onShow }: ErrorSummaryProps) => {
  const t = useText();
  if (issues.length === 0) {
    return (
      <Typography variant="pi" textColor="success600" role="status">
        {t('summary.valid')}
      </Typography>
    );
  }
  return (
    <Box
      tag="section"
      aria-labelledby="form-builder-summary-title"
      background="danger100"
      borderColor="danger200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={4}
    >
      <Typography
        variant="omega"
        fontWeight="bold"
        textColor="danger700"
        tag="h3"
        id="form-builder-summary-title"
      >
        {t('summary.title', { count: issues.length })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={2}>
        {issues.map((issue) => (
          <li key={issue.path}>
            <TextButton onClick={() => onShow(issue.path)}>
              {[
                locationText(describePath(draft, issue.path), t),
                issue.text ?? t(issue.message, issue.values),
              ]
                .filter(Boolean)
                .join(': ')}
            </TextButton>
          </li>
        ))}
      </Flex>
    </Box>
  );
};
