import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  useMediaQuery,
  useTheme,
  type ButtonProps,
  type DialogProps,
} from '@mui/material';
import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form in a dialog: the title, what the server refused as a whole (`failure`, above the fields), the
 * fields, Cancel and the submit button. While it submits it neither closes nor cancels. Full screen on
 * a phone. Test ids: `testId` on the form, `submitTestId` (else `<testId>-submit`) on the submit button,
 * `form-failure` on the failure, `dialogTestId` on the dialog.
 */
export function FormDialog({
  open = true,
  title,
  onClose,
  onSubmit,
  submitting = false,
  failure,
  submitLabel,
  submitColor,
  maxWidth = 'sm',
  dividers = false,
  testId,
  submitTestId,
  dialogTestId,
  children,
}: {
  open?: boolean;
  title: ReactNode;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  failure?: ReactNode;
  /** Defaults to «Сохранить». */
  submitLabel?: ReactNode;
  submitColor?: ButtonProps['color'];
  maxWidth?: DialogProps['maxWidth'];
  /** Lines above and below the fields, for a long form that scrolls. */
  dividers?: boolean;
  testId?: string;
  submitTestId?: string;
  dialogTestId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      fullScreen={phone}
      aria-labelledby={titleId}
      data-testid={dialogTestId}
    >
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers={dividers}>
          {/* Without the divider the content starts right under the title: room for the first label. */}
          <Stack spacing={dividers ? 2 : 2.5} sx={{ pt: dividers ? 0 : 1 }}>
            {failure && (
              <Alert severity="error" role="alert" data-testid="form-failure">
                {failure}
              </Alert>
            )}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={submitColor}
            loading={submitting}
            data-testid={submitTestId ?? (testId && `${testId}-submit`)}
          >
            {submitLabel ?? t('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
