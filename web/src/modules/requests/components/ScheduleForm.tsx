import '@mantine/dates/styles.css';

import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import dayjs from 'dayjs';
import { useState } from 'react';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { calendarLabels } from '../../../lib/dates';
import { fieldErrors, generalError } from '../../../lib/errors';
import { useSchedule } from '../hooks/useRequestActions';
import { actionLabel } from '../lifecycle';

export function ScheduleForm({ request }: { request: RequestDetailFragment }) {
  const schedule = useSchedule();
  const [value, setValue] = useState<string | null>(
    request.scheduledFor ? dayjs(request.scheduledFor).format('YYYY-MM-DD HH:mm:ss') : null,
  );
  const [missing, setMissing] = useState(false);
  const label = actionLabel('SCHEDULE', request.status);
  const general = generalError(schedule.error, ['scheduledFor']);
  return (
    <form
      noValidate
      aria-labelledby="schedule-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value) {
          setMissing(true);
          return;
        }
        setMissing(false);
        void schedule.run({ id: request.id, scheduledFor: dayjs(value).toISOString() });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="schedule-heading">
          {label}
        </Title>
        <DateTimePicker
          label="Date and time of the work"
          placeholder="Pick a date and time"
          value={value}
          onChange={setValue}
          minDate={dayjs().format('YYYY-MM-DD')}
          valueFormat="MMM D, YYYY h:mm A"
          timePickerProps={{ format: '12h' }}
          {...calendarLabels}
          submitButtonProps={{ 'aria-label': 'Use this date and time' }}
          clearable
          required
          error={missing ? 'Pick a date and time' : fieldErrors(schedule.error)['scheduledFor']}
          maw={320}
        />
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={schedule.loading}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
