import { Typography } from '@mui/material';
import { api, FormDialog, unwrap, type Schemas } from '@orbita/web/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys, type Student } from '../shared/queries';
import { useEnrollmentSubmit } from '../shared/use-enrollment-submit';

/** Unlinks the student from their participant code of a work (a wrong link): its result leaves the card. */
export function UnlinkCodeDialog({
  student,
  entry,
  onClose,
}: {
  student: Student;
  entry: Schemas['TrajectoryEntry'];
  onClose: () => void;
}) {
  const { t } = useTranslation('classes');
  const form = useForm();
  const submit = useEnrollmentSubmit({
    form,
    fields: [],
    send: () =>
      unwrap(
        api.DELETE('/api/v1/students/{id}/participant-codes/{workId}', {
          params: { path: { id: student.id, workId: entry.workId } },
        }),
      ),
    refresh: keys.trajectory(student.id),
    onDone: () => onClose(),
  });

  return (
    <FormDialog
      title={t('codes.unlinkTitle')}
      submitLabel={t('codes.unlink')}
      submitColor="error"
      onClose={onClose}
      testId="unlink-code-dialog"
      {...submit}
    >
      <Typography>{t('codes.unlinkText', { code: entry.participantCode, work: entry.title })}</Typography>
    </FormDialog>
  );
}
