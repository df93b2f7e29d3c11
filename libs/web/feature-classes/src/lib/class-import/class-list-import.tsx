import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  LinearProgress,
  Paper,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { ErrorAlert, isApiError, uploadFile, type Schemas } from '@orbita/web/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { defaultDateIn, schoolYearLabel } from '../shared/format';
import { OrderSelect } from '../shared/order-select';
import { keys, useSchoolOrders, type ProgrammeClass } from '../shared/queries';
import { placeServerError } from '../shared/server-errors';
import { ExpectedColumns } from './expected-columns';
import { ImportProblems, type ClassListInvalid } from './import-problems';

type ImportedClassList = Schemas['ImportedClassList'];

/** As the API takes them (apps/gateway/openapi.json, POST /classes/{id}/list). */
const MAX_BYTES = 2 * 1024 * 1024;
const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

interface ImportFormValues {
  orderId: string;
  enrolledOn: string;
}

type Outcome =
  | { kind: 'uploading'; fileName: string; progress: number }
  | { kind: 'imported'; fileName: string; result: ImportedClassList }
  | { kind: 'rejected'; fileName: string; report: ClassListInvalid }
  | { kind: 'failed'; fileName: string; error: unknown };

/**
 * Class list import: the order and date the students are enrolled by, then «Импорт списка» opens the file
 * chooser and the chosen XLSX/CSV goes up at once. Every row or none: a 422 comes back as a row-level
 * report to fix the file by; success says how many students were enrolled and how many were new.
 */
export function ClassListImport({ programmeClass }: { programmeClass: ProgrammeClass }) {
  const { t } = useTranslation('classes');
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const { orders } = useSchoolOrders(programmeClass.schoolId);
  const { control, register, formState, setError, getValues, trigger, clearErrors } =
    useForm<ImportFormValues>({
      values: { orderId: orders[0]?.id ?? '', enrolledOn: defaultDateIn(programmeClass.schoolYear) },
      resetOptions: { keepDirtyValues: true },
    });
  const busy = outcome?.kind === 'uploading';
  const required = t('form.required', { ns: 'common' });

  const choose = () => {
    const { orderId, enrolledOn } = getValues();
    if (!orderId || !enrolledOn) {
      void trigger();
      return;
    }
    input.current?.click();
  };

  const upload = async (file: File) => {
    if (!(await trigger())) return;
    const fileName = file.name;
    if (!/\.(xlsx|csv)$/i.test(fileName)) {
      setOutcome({ kind: 'failed', fileName, error: new Error(t('import.wrongType')) });
      return;
    }
    if (file.size > MAX_BYTES) {
      setOutcome({ kind: 'failed', fileName, error: new Error(t('import.tooLarge')) });
      return;
    }
    const { orderId, enrolledOn } = getValues();
    const form = new FormData();
    form.append('orderId', orderId);
    form.append('enrolledOn', enrolledOn);
    form.append('file', file, fileName);
    setOutcome({ kind: 'uploading', fileName, progress: 0 });
    try {
      const result = await uploadFile<ImportedClassList>(
        `/api/v1/classes/${programmeClass.id}/list`,
        form,
        (progress) => setOutcome({ kind: 'uploading', fileName, progress }),
      );
      setOutcome({ kind: 'imported', fileName, result });
      await queryClient.invalidateQueries({ queryKey: keys.all });
    } catch (error) {
      if (isApiError(error, 422) && Array.isArray(error.problem['problems'])) {
        setOutcome({ kind: 'rejected', fileName, report: error.problem as unknown as ClassListInvalid });
        return;
      }
      const whole = placeServerError(error, setError, ['orderId', 'enrolledOn'], t);
      setOutcome(whole ? { kind: 'failed', fileName, error: whole } : undefined);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, md: 2.5 }, mb: 2 }} data-testid="class-list-import-panel">
      <Typography variant="subtitle1" component="h2">
        {t('import.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('import.intro', { year: schoolYearLabel(programmeClass.schoolYear) })}
      </Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'flex-start', mb: 2 }}
      >
        <Box sx={{ flex: '2 1 440px', minWidth: 0 }}>
          <Controller
            control={control}
            name="orderId"
            rules={{ required: t('order.required') }}
            render={({ field, fieldState }) => (
              <OrderSelect
                schoolId={programmeClass.schoolId}
                value={field.value}
                onChange={(orderId) => {
                  field.onChange(orderId);
                  clearErrors('orderId');
                }}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
                disabled={busy}
                testId="class-list-order"
              />
            )}
          />
        </Box>
        <TextField
          label={t('membership.enrolledOn')}
          type="date"
          {...register('enrolledOn', { required })}
          error={!!formState.errors.enrolledOn}
          helperText={formState.errors.enrolledOn?.message}
          disabled={busy}
          sx={{ flex: '1 1 170px' }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'class-list-enrolled-on' } }}
        />
        <Button
          variant="contained"
          startIcon={<UploadFileIcon />}
          onClick={choose}
          loading={busy}
          loadingPosition="start"
          sx={{ mt: 1, flex: '0 0 auto' }}
          data-testid="class-list-import"
        >
          {t('import.button')}
        </Button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          aria-label={t('import.fileInput')}
          data-testid="class-list-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file may be chosen again after fixing it
            if (file) void upload(file);
          }}
        />
      </Stack>

      {outcome?.kind === 'uploading' && (
        <Box sx={{ mb: 2 }} role="status" aria-live="polite">
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {outcome.progress < 1
              ? t('import.uploading', { file: outcome.fileName, percent: Math.round(outcome.progress * 100) })
              : t('import.checking', { file: outcome.fileName })}
          </Typography>
          <LinearProgress
            variant={outcome.progress < 1 ? 'determinate' : 'indeterminate'}
            value={outcome.progress * 100}
            aria-label={t('import.progress')}
            data-testid="class-list-progress"
          />
        </Box>
      )}
      {outcome?.kind === 'imported' && (
        <Alert
          severity="success"
          sx={{ mb: 2 }}
          data-testid="class-list-summary"
          onClose={() => setOutcome(undefined)}
        >
          <AlertTitle>{t('import.done', { file: outcome.fileName })}</AlertTitle>
          {outcome.result.enrolled === 0
            ? t('import.nothingNew')
            : `${t('import.enrolled', { count: outcome.result.enrolled })} ${t('import.registered', { count: outcome.result.registered })}`}
        </Alert>
      )}
      {outcome?.kind === 'rejected' && (
        <Box sx={{ mb: 2 }}>
          <ImportProblems report={outcome.report} />
        </Box>
      )}
      {outcome?.kind === 'failed' && (
        <Box sx={{ mb: 2 }}>
          <ErrorAlert error={outcome.error} />
        </Box>
      )}
      <ExpectedColumns classId={programmeClass.id} />
    </Paper>
  );
}
