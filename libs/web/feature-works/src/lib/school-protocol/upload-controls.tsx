import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button, Checkbox, FormControlLabel } from '@mui/material';
import { useRef, useState, type ChangeEvent, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKS_NS } from '../i18n';

/** «Загрузить протокол» (a real button opening a hidden file input) and «Сразу отправить на проверку». */
export function UploadControls({
  busy,
  again,
  onFile,
}: {
  busy: boolean;
  /** A protocol exists (draft or returned): the button says a corrected file is expected. */
  again: boolean;
  onFile: (file: File, submit: boolean) => void;
}) {
  const { t } = useTranslation(WORKS_NS);
  const [submit, setSubmit] = useState(true);
  const input = useRef<HTMLInputElement>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again after correcting it
    if (file) onFile(file, submit);
  };

  return (
    <>
      <Button
        variant="contained"
        startIcon={<UploadFileIcon />}
        loading={busy}
        loadingPosition="start"
        onClick={() => input.current?.click()}
        data-testid="upload-protocol"
      >
        {again ? t('panel.uploadAgain') : t('panel.upload')}
      </Button>
      <input
        ref={input}
        hidden
        type="file"
        accept=".xlsx,.csv"
        aria-label={t('panel.upload')}
        data-testid="protocol-file-input"
        onChange={chosen}
        disabled={busy}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={submit}
            onChange={(event) => setSubmit(event.target.checked)}
            disabled={busy}
            slotProps={{ input: { 'data-testid': 'submit-at-once' } as InputHTMLAttributes<HTMLInputElement> }}
          />
        }
        label={t('panel.submitAtOnce')}
      />
    </>
  );
}
