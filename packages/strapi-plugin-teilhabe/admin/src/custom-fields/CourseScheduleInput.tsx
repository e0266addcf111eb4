import { Checkbox, Flex } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { courseScheduleSchema } from '../../../server/src/directory/schemas';
import { FieldFrame, type CustomFieldProps } from './parts/FieldFrame';
import { TimeField } from './parts/TimeField';
import { useFieldText } from './use-field-text';
import { useProblems } from './use-problems';
import { weekdayNames } from './values/calendar';
import {
  readCourseSchedule,
  withDay,
  writeCourseSchedule,
  type CourseScheduleEntry,
} from './values/course-schedule';

/**
 * The admin input of a course's schedule, as `courseScheduleSchema` holds
 * it: the weekdays it meets (one checkbox each, Monday to Sunday) and one
 * time span, from start to end. Nothing entered stores no schedule.
 */
export const CourseScheduleInput = forwardRef<HTMLFieldSetElement, CustomFieldProps>(
  ({ name, disabled = false, ...frame }, ref) => {
    const { text, locale } = useFieldText();
    const field = useField<CourseScheduleEntry | null>(name);
    const schedule = readCourseSchedule(field.value);
    const problems = useProblems(courseScheduleSchema, field.value);
    const store = (next: CourseScheduleEntry) => field.onChange(name, writeCourseSchedule(next));
    const time = (part: 'start' | 'end') => ({
      id: `${name}-${part}`,
      label: text(`course-schedule.${part}`),
      value: schedule[part],
      onChange: (value: string) => store({ ...schedule, [part]: value }),
      disabled,
    });

    return (
      // The end before the start is said at the end, not again under the field.
      <FieldFrame ref={ref} {...frame} error={problems.summary(false)}>
        <FieldFrame label={text('course-schedule.days')} error={problems.at(['days'])}>
          <Flex gap={3} wrap="wrap">
            {weekdayNames(locale).map(({ day, name: dayName }) => (
              <Checkbox
                key={day}
                name={`${name}.days.${day}`}
                checked={schedule.days.includes(day)}
                onCheckedChange={(checked) => store(withDay(schedule, day, checked === true))}
                disabled={disabled}
              >
                {dayName}
              </Checkbox>
            ))}
          </Flex>
        </FieldFrame>
        <Flex gap={3} alignItems="flex-start" wrap="wrap">
          <TimeField {...time('start')} error={problems.at(['start'])} />
          <TimeField {...time('end')} error={problems.at(['end'], [])} />
        </Flex>
      </FieldFrame>
    );
  }
);

CourseScheduleInput.displayName = 'CourseScheduleInput';
