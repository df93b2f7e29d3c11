import DownloadIcon from '@mui/icons-material/Download';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { downloadFile, ErrorAlert } from '@orbita/web/core';
import { useMutation } from '@tanstack/react-query';
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

/** What a class list file must look like, and the class's XLSX template to start from. */
export function ExpectedColumns({ classId }: { classId: string }) {
  const { t } = useTranslation('classes');
  const template = useMutation({
    mutationFn: () => downloadFile(`/api/v1/classes/${classId}/import-template`, 'class-list.xlsx'),
  });
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
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          loading={template.isPending}
          loadingPosition="start"
          onClick={() => template.mutate()}
          data-testid="class-list-template"
        >
          {t('import.template')}
        </Button>
        {template.isError && (
          <Box sx={{ mt: 1 }}>
            <ErrorAlert error={template.error} />
          </Box>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
