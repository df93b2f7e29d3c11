import { MenuItem, Stack, TextField } from '@mui/material';
import { api, formatDate, FormDialog, unwrap } from '@orbita/web/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fullName } from '../shared/format';
import { keys, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';
import { selectionKeys, type Campaign } from './selection-queries';

interface CandidateValues {
  studentId: string;
  score: string;
  extraScore: string;
}

const decimal = (value: string) => Number(value.replace(',', '.'));

/**
 * Enters a candidate: a student of the school with their OGE result (an OGE campaign), or the extra
 * testing of a student linked to their participant code (a work campaign, whose scores come from the work).
 */
export function CandidateDialog({
  campaign,
  students,
  onClose,
}: {
  campaign: Campaign;
  students: Student[];
  onClose: () => void;
}) {
  const { t } = useTranslation('classes');
  const queryClient = useQueryClient();
  const oge = campaign.basis === 'oge';
  const form = useForm<CandidateValues>({ defaultValues: { studentId: '', score: '', extraScore: '' } });
  const { control, register, formState } = form;
  const required = t('form.required', { ns: 'common' });
  const scoreRule = (needed: boolean) => ({
    validate: (value: string) => {
      if (value.trim() === '') return needed ? required : true;
      const number = decimal(value);
      return (Number.isFinite(number) && number >= 0) || t('form.notNegative');
    },
  });

  const submit = useEnrollmentSubmit({
    form,
    fields: ['studentId', 'score', 'extraScore'],
    fieldOfCode: { STUDENT_NOT_FOUND: 'studentId', NO_SCORE: oge ? 'score' : 'studentId' },
    send: (values) =>
      unwrap(
        api.POST('/api/v1/selection-campaigns/{id}/candidates', {
          params: { path: { id: campaign.id } },
          body: {
            candidates: [
              {
                studentId: values.studentId,
                ...(oge && { score: decimal(values.score) }),
                ...(values.extraScore.trim() !== '' && { extraScore: decimal(values.extraScore) }),
              },
            ],
          },
        }),
      ),
    refresh: [...keys.all, 'selection', 'list'],
    onDone: (updated) => {
      queryClient.setQueryData(selectionKeys.campaign(campaign.id), updated);
      onClose();
    },
  });

  return (
    <FormDialog
      title={t(oge ? 'selection.addCandidate' : 'selection.addExtraScore')}
      submitLabel={t('selection.addSubmit')}
      onClose={onClose}
      testId="candidate-form"
      {...submit}
    >
      <Controller
        control={control}
        name="studentId"
        rules={{ required }}
        render={({ field, fieldState }) => (
          <TextField
            select
            label={t('selection.student')}
            {...field}
            error={!!fieldState.error}
            helperText={fieldState.error?.message ?? (students.length === 0 ? t('selection.noStudents') : undefined)}
            slotProps={{ htmlInput: { 'data-testid': 'candidate-student' } }}
          >
            {students.map((student) => (
              <MenuItem key={student.id} value={student.id}>
                {fullName(student)} · {formatDate(student.birthDate)}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {oge && (
          <TextField
            fullWidth
            label={t('selection.ogeScore')}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'candidate-score' } }}
            {...register('score', scoreRule(true))}
            error={!!formState.errors.score}
            helperText={formState.errors.score?.message}
          />
        )}
        <TextField
          fullWidth
          label={t('selection.extraScore')}
          slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'candidate-extra' } }}
          {...register('extraScore', scoreRule(false))}
          error={!!formState.errors.extraScore}
          helperText={formState.errors.extraScore?.message ?? t('selection.extraScoreHint')}
        />
      </Stack>
    </FormDialog>
  );
}
