import DownloadIcon from '@mui/icons-material/Download';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';

/** The columns the class-list reader knows (libs/enrollment/classes, class-list-file.ts). */
const COLUMNS = [
  { key: 'surname', required: true },
  { key: 'name', required: true },
  { key: 'patronymic', required: false },
  { key: 'birthDate', required: true },
  { key: 'gender', required: false },
  { key: 'parentContact', required: false },
] as const;

/**
 * The API has no class-list template: an example CSV (semicolons, UTF-8 with a byte-order mark, so Excel
 * opens it as it should) is made here from the same headers.
 */
function downloadExample(header: string[], rows: string[][], fileName: string) {
  const text = '\uFEFF' + [header, ...rows].map((row) => row.join(';')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What a class list file must look like, and an example to start from. */
export function ExpectedColumns() {
  const { t } = useTranslation('classes');
  const example = () =>
    downloadExample(
      COLUMNS.map((column) => t(`import.columns.${column.key}.header`)),
      [t('import.exampleRow1').split(';'), t('import.exampleRow2').split(';')],
      t('import.exampleFileName'),
    );
  return (
    <Accordion
      disableGutters
      variant="outlined"
      sx={{ '&::before': { display: 'none' } }}
      data-testid="class-list-columns"
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="body2">{t('import.columnsTitle')}</Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          {t('import.fileRules')}
        </Typography>
        <TableContainer sx={{ mb: 1.5 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('import.columnHeader')}</TableCell>
                <TableCell>{t('import.columnRequired')}</TableCell>
                <TableCell>{t('import.columnFormat')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {COLUMNS.map((column) => (
                <TableRow key={column.key}>
                  <TableCell sx={{ fontWeight: 500 }}>{t(`import.columns.${column.key}.header`)}</TableCell>
                  <TableCell>{column.required ? t('import.required') : t('import.optional')}</TableCell>
                  <TableCell>{t(`import.columns.${column.key}.format`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('import.otherColumns')}
        </Typography>
        <Button size="small" startIcon={<DownloadIcon />} onClick={example} data-testid="class-list-example">
          {t('import.example')}
        </Button>
      </AccordionDetails>
    </Accordion>
  );
}
