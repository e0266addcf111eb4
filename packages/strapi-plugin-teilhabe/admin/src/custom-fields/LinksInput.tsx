import { Flex, TextInput, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { linksSchema } from '../../../server/src/directory/schemas';
import { FieldFrame, type CustomFieldProps } from './parts/FieldFrame';
import { LabelledField } from './parts/LabelledField';
import { LocaleTexts } from './parts/LocaleTexts';
import { Rows } from './parts/Rows';
import { useFieldText } from './use-field-text';
import { useProblems } from './use-problems';
import { readLinks, writeLinks, type LinkEntry } from './values/links';

/** As many links and label characters as `linksSchema` allows. */
const MAX_LINKS = 20;
const MAX_LABEL = 120;

/**
 * The admin input of an offer's further links: rows of an address and a
 * label per locale (the same inputs as "Text in allen Sprachen"), German
 * required. Stores the JSON `linksSchema` describes.
 */
export const LinksInput = forwardRef<HTMLFieldSetElement, CustomFieldProps>(
  ({ name, disabled = false, ...frame }, ref) => {
    const { text } = useFieldText();
    const field = useField<LinkEntry[] | null>(name);
    const links = readLinks(field.value);
    const problems = useProblems(linksSchema, field.value);
    const store = (next: LinkEntry[]) => field.onChange(name, writeLinks(next));
    const setLink = (index: number, link: LinkEntry) =>
      store(links.map((other, position) => (position === index ? link : other)));

    return (
      <FieldFrame ref={ref} {...frame} error={problems.summary()}>
        <Rows
          items={links}
          max={MAX_LINKS}
          disabled={disabled}
          emptyText={text('offer-links.none')}
          addLabel={text('offer-links.add')}
          onAdd={() => store([...links, { url: '', label: {} }])}
          removeLabel={(position) => text('offer-links.remove', { position })}
          onRemove={(index) => store(links.filter((_, other) => other !== index))}
          render={(link, index) => (
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography tag="h3" variant="sigma" textColor="neutral700">
                {text('offer-links.link', { position: index + 1 })}
              </Typography>
              <LabelledField
                width="full"
                id={`${name}-${index}-url`}
                label={text('offer-links.url')}
                error={problems.at([index, 'url'])}
              >
                <TextInput
                  type="url"
                  inputMode="url"
                  dir="ltr"
                  placeholder="https://"
                  value={link.url}
                  disabled={disabled}
                  onChange={(event: { target: { value: string } }) =>
                    setLink(index, { ...link, url: event.target.value.trim() })
                  }
                />
              </LabelledField>
              <FieldFrame label={text('offer-links.text')}>
                <LocaleTexts
                  name={`${name}.${index}.label`}
                  texts={link.label}
                  onChange={(texts) => setLink(index, { ...link, label: texts })}
                  maxLength={MAX_LABEL}
                  required
                  disabled={disabled}
                  error={problems.at([index, 'label'], [index, 'label', 'de'])}
                  errorOf={(code) => problems.at([index, 'label', code])}
                />
              </FieldFrame>
            </Flex>
          )}
        />
      </FieldFrame>
    );
  }
);

LinksInput.displayName = 'LinksInput';
