import { Box, Flex, Typography } from '@strapi/design-system';
import { AddFieldMenu } from './AddFieldMenu';
import { useBuilder } from './builder-context';
import type { ConditionSource } from './conditions';
import { domIdOf } from './dom-ids';
import type { DraftField, FieldTypeName } from './draft';
import { FieldCard } from './FieldCard';
import { newField } from './field-types';
import { deriveFieldKey } from './keys';
import { moveItem, removeAt, replaceAt } from './reorder';
import { FORM_BUILDER_MESSAGES } from '../translations/form-builder';
import { useAutoKey } from './use-auto-key';
import { useIssue } from './use-issue';

export interface FieldListProps {
  /** Dotted path of the list, e.g. `steps.0.fields`. */
  path: string;
  title: string;
  emptyText: string;
  fields: readonly DraftField[];
  types: readonly FieldTypeName[];
  /** Keys must be unique within this list's key space (`fields` for the top level). */
  keyList: string;
  /** Keys already used elsewhere in the same key space. */
  otherKeys?: ReadonlySet<string>;
  sourcesFor(index: number): readonly ConditionSource[];
  onChange(next: DraftField[]): void;
}

/** The fields of a step or group: add from the type menu, order, remove, configure. */
export const FieldList = ({
  path,
  title,
  emptyText,
  fields,
  types,
  keyList,
  otherKeys,
  sourcesFor,
  onChange,
}: FieldListProps) => {
  const { moved, removed, setOpen } = useBuilder();
  const error = useIssue(path);
  const autoKey = useAutoKey(keyList);
  const keys = new Set([...(otherKeys ?? []), ...fields.map((field) => field.key)]);
  const add = (type: FieldTypeName) => {
    const key = deriveFieldKey(FORM_BUILDER_MESSAGES.de[`type.${type}`], keys);
    autoKey.created(key);
    setOpen(`${path}.${fields.length}`, true);
    onChange([...fields, newField(type, key)]);
  };
  return (
    <Box tag="section" id={domIdOf(path)} aria-label={title}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600" tag="h4">
          {title}
        </Typography>
        {fields.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {emptyText}
          </Typography>
        ) : null}
        {fields.map((field, index) => (
          <FieldCard
            key={index}
            path={`${path}.${index}`}
            index={index}
            count={fields.length}
            field={field}
            siblingKeys={keys}
            autoKey={autoKey}
            sources={sourcesFor(index)}
            onChange={(next) => onChange(replaceAt(fields, index, next))}
            onMove={(offset) => {
              moved(path, index, index + offset);
              onChange(moveItem(fields, index, offset));
            }}
            onRemove={() => {
              removed(path, index);
              onChange(removeAt(fields, index));
            }}
          />
        ))}
        {error ? (
          <Typography variant="pi" textColor="danger600">
            {error}
          </Typography>
        ) : null}
        <Box>
          <AddFieldMenu types={types} onAdd={add} />
        </Box>
      </Flex>
    </Box>
  );
};
