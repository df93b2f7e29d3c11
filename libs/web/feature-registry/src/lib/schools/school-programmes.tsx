import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { api, ErrorAlert, Loading, unwrap } from '@orbita/web/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { useProgrammes } from '../shared/lookups';
import { Section } from '../shared/section';

/** The programmes a school takes part in, by school year (one small request per programme). */
export function SchoolProgrammes({ schoolId }: { schoolId: string }) {
  const { t } = useTranslation(REGISTRY_NS);
  const programmes = useProgrammes();
  const participation = useQueries({
    queries: (programmes.data ?? []).map((programme) => ({
      queryKey: ['programmes', programme.id, 'participation', schoolId],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/programmes/{programmeId}/participation', {
            params: {
              path: { programmeId: programme.id },
              query: { schoolId, pageSize: 50, sort: '-schoolYear' },
            },
          }),
        ),
    })),
  });
  const failed = programmes.error ?? participation.find((result) => result.error)?.error;
  const pending = programmes.isPending || participation.some((result) => result.isPending);
  const rows = participation.flatMap((result) => result.data?.items ?? []);
  const titleOf = (programmeId: string) => {
    const programme = programmes.data?.find((item) => item.id === programmeId);
    return programme?.shortName ?? programme?.title ?? '';
  };

  return (
    <Section title={t('schools.programmes')} testId="school-programmes">
      {failed ? (
        <ErrorAlert error={failed} />
      ) : pending ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{t('schools.noProgrammes')}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((row) => (
            <ListItem key={row.id} disableGutters divider>
              <ListItemText
                primary={titleOf(row.programmeId)}
                secondary={`${t(`participationRoles.${row.role}`)} · ${t('schoolYear', {
                  from: row.schoolYear,
                  to: String((row.schoolYear + 1) % 100).padStart(2, '0'),
                })}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
