import { Button, Chip, DialogContentText, TextField } from '@mui/material';
import { api, applyServerErrors, FormDialog, unwrap } from '@orbita/web/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DeclaredConflict } from '../data/projects-queries';
import { problemText } from '../shared/problem-text';

/**
 * The expert's own declaration of a work, as the declaration answered it: the conflicts' list is the
 * coordinator's alone (`projects:manage`), so the expert's screens only know what they declared in this
 * session. Kept outside `keys.all`, so the projects' reloads after a change do not drop it.
 */
const declaredKey = (workId: string) => ['projects-declared-conflict', workId] as const;

function useDeclaredConflict(workId: string) {
  return useQuery({
    queryKey: declaredKey(workId),
    queryFn: (): DeclaredConflict | null => null,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
}

/**
 * «Сообщить о конфликте интересов» for a work: the button, or once declared what became of it; the
 * dialog asks the reason. `title` names the work for a screen reader among the list's many buttons.
 */
export function ConflictDeclaration({ workId, title }: { workId: string; title: string }) {
  const { t } = useTranslation('projects');
  const declared = useDeclaredConflict(workId);
  const [open, setOpen] = useState(false);
  if (declared)
    return (
      <Chip
        color="warning"
        variant={declared.confirmedAt ? 'filled' : 'outlined'}
        label={t(declared.confirmedAt ? 'declareConflict.confirmed' : 'declareConflict.pending')}
        // Replaces the button that opened the dialog: announced, since focus cannot return to it.
        role="status"
        data-testid="declared-conflict"
      />
    );
  return (
    <>
      <Button
        color="warning"
        sx={{ minHeight: 48 }}
        onClick={() => setOpen(true)}
        aria-label={t('declareConflict.actionOf', { title })}
        data-testid="declare-conflict"
      >
        {t('declareConflict.action')}
      </Button>
      {open && <DeclareConflictDialog workId={workId} title={title} onClose={() => setOpen(false)} />}
    </>
  );
}

interface ReasonForm {
  reason: string;
}

/** The reason, required; the server's field problem lands at the field, any other refusal above it. */
function DeclareConflictDialog({
  workId,
  title,
  onClose,
}: {
  workId: string;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('projects');
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>();
  const { register, handleSubmit, setError, formState } = useForm<ReasonForm>({
    defaultValues: { reason: '' },
  });
  const send = useMutation({
    mutationFn: (values: ReasonForm) =>
      unwrap(
        api.POST('/api/v1/project-works/{id}/conflicts', {
          params: { path: { id: workId } },
          body: { reason: values.reason.trim() },
        }),
      ),
  });

  const submit = handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      queryClient.setQueryData(declaredKey(workId), await send.mutateAsync(values));
      onClose();
    } catch (error) {
      if (!applyServerErrors(error, setError, ['reason'])) setFailure(error);
    }
  });

  return (
    <FormDialog
      title={t('declareConflict.title', { title })}
      submitLabel={t('declareConflict.submit')}
      submitColor="warning"
      onClose={onClose}
      onSubmit={(event) => void submit(event)}
      submitting={send.isPending}
      failure={failure === undefined ? undefined : problemText(failure)}
      testId="declare-conflict-form"
    >
      <DialogContentText>{t('declareConflict.hint')}</DialogContentText>
      <TextField
        {...register('reason', {
          validate: (value) => value.trim().length > 0 || t('form.required', { ns: 'common' }),
          maxLength: { value: 1000, message: t('declareConflict.reasonTooLong') },
        })}
        label={t('declareConflict.reason')}
        required
        autoFocus
        fullWidth
        multiline
        minRows={3}
        error={!!formState.errors.reason}
        helperText={formState.errors.reason?.message}
        slotProps={{ htmlInput: { 'data-testid': 'conflict-reason', maxLength: 1000 } }}
      />
    </FormDialog>
  );
}
