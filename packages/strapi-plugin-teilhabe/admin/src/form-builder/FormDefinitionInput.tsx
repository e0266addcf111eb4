import type { FormLocale } from '@teilhabe/forms';
import { Box, Divider, Flex, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { BuilderContext, type BuilderState } from './builder-context';
import { withCommentPublishing } from './comment-publishing';
import { CommentPublishingSettings } from './CommentPublishingSettings';
import { renameConditionField } from './conditions';
import { readDraft, type DraftDefinition } from './draft';
import { ErrorSummary } from './ErrorSummary';
import { FlowSettings } from './FlowSettings';
import { focusPlace } from './focus-place';
import { dropOpen, revealOpen, swapOpen, type OpenCards } from './open-cards';
import { StatusList } from './StatusList';
import { StepList } from './StepList';
import { TranslationSelect } from './TranslationSelect';
import { validateDraft } from './validate';

export interface FormDefinitionInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  labelAction?: ReactNode;
  disabled?: boolean;
}

/**
 * The admin input of a form's definition: steps, fields, conditions,
 * statuses, flow settings and public comments, translated side by side with German, checked
 * against `formDefinitionSchema` on every change with the problems shown
 * where they are. Stores the definition the contract describes; editors
 * never see JSON.
 */
export const FormDefinitionInput = forwardRef<HTMLDivElement, FormDefinitionInputProps>(
  ({ name, label, hint, labelAction, disabled = false }, ref) => {
    const field = useField<DraftDefinition>(name);
    const draft = readDraft(field.value);
    const issues = useMemo(() => validateDraft(draft), [draft]);
    const [target, setTarget] = useState<FormLocale | null>(null);
    const [open, setOpenCards] = useState<OpenCards>(new Set());
    const [focusing, setFocusing] = useState<string | null>(null);
    const autoKeys = useRef(new Set<string>());
    const renames = useRef<Array<[string, string]>>([]);

    useEffect(() => {
      if (focusing !== null) {
        focusPlace(focusing);
        setFocusing(null);
      }
    }, [focusing]);

    const write = (next: DraftDefinition) => {
      const renamed = renames.current.reduce(
        (current, [from, to]) => renameConditionField(current, from, to),
        next
      );
      renames.current = [];
      field.onChange(name, renamed);
    };

    const state: BuilderState = {
      target,
      issues,
      disabled,
      isOpen: (path) => open.has(path),
      setOpen: (path, isOpen) =>
        setOpenCards((current) => {
          const next = new Set(current);
          if (isOpen) {
            next.add(path);
          } else {
            next.delete(path);
          }
          return next;
        }),
      moved: (list, from, to) => setOpenCards((current) => swapOpen(current, list, from, to)),
      removed: (list, index) => setOpenCards((current) => dropOpen(current, list, index)),
      isAutoKey: (list, key) => autoKeys.current.has(`${list}\u0000${key}`),
      setAutoKey: (list, key, auto) => {
        if (auto) {
          autoKeys.current.add(`${list}\u0000${key}`);
        } else {
          autoKeys.current.delete(`${list}\u0000${key}`);
        }
      },
      keyRenamed: (from, to) => {
        renames.current.push([from, to]);
      },
    };

    const show = (path: string) => {
      setOpenCards((current) => revealOpen(current, path));
      setFocusing(path);
    };

    return (
      <BuilderContext.Provider value={state}>
        <Box ref={ref} tag="section" aria-labelledby={`${name}-builder-label`}>
          <Flex direction="column" alignItems="stretch" gap={5}>
            <Flex gap={1}>
              <Typography
                variant="pi"
                fontWeight="bold"
                textColor="neutral800"
                id={`${name}-builder-label`}
              >
                {label}
              </Typography>
              {labelAction}
            </Flex>
            {hint ? (
              <Typography variant="pi" textColor="neutral600">
                {hint}
              </Typography>
            ) : null}
            <Box maxWidth="32rem">
              <TranslationSelect draft={draft} target={target} onChange={setTarget} />
            </Box>
            <ErrorSummary draft={draft} issues={issues} onShow={show} />
            <StepList draft={draft} onChange={(steps) => write({ ...draft, steps })} />
            <Divider />
            <StatusList
              statuses={draft.statuses}
              onChange={(statuses) => write({ ...draft, statuses })}
            />
            <Divider />
            <FlowSettings draft={draft} onChange={(flow) => write({ ...draft, ...flow })} />
            <Divider />
            <CommentPublishingSettings
              draft={draft}
              onChange={(publishing) => write(withCommentPublishing(draft, publishing))}
            />
          </Flex>
        </Box>
      </BuilderContext.Provider>
    );
  }
);

FormDefinitionInput.displayName = 'FormDefinitionInput';
