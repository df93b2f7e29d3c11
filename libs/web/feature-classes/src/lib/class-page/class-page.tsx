import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/Edit';
import { Button } from '@mui/material';
import { api, PageHeader, QueryState, unwrap, useCan } from '@orbita/web/core';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ClassFormDialog } from '../class-form/class-form-dialog';
import { ClassListImport } from '../class-import/class-list-import';
import { schoolYearLabel } from '../shared/format';
import { keys, useSchoolName, type ProgrammeClass } from '../shared/queries';
import { ClassDetails } from './class-details';
import { ClassStudents } from './class-students';

/** `/classes/:id`: one class (another school's answers 404 → «not found»). */
export function ClassPage() {
  const { id = '' } = useParams();
  const programmeClass = useQuery({
    queryKey: keys.programmeClass(id),
    queryFn: () => unwrap(api.GET('/api/v1/classes/{id}', { params: { path: { id } } })),
  });
  return <QueryState query={programmeClass}>{(data) => <ClassView programmeClass={data} />}</QueryState>;
}

function ClassView({ programmeClass }: { programmeClass: ProgrammeClass }) {
  const { t } = useTranslation('classes');
  const can = useCan();
  const schoolName = useSchoolName();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Button component={RouterLink} to="/classes" startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {t('class.back')}
      </Button>
      <PageHeader
        title={t('class.title', { label: programmeClass.label })}
        subtitle={`${schoolName(programmeClass.schoolId)} · ${schoolYearLabel(programmeClass.schoolYear)}`}
        actions={
          can('classes:write') && (
            <Button
              variant="outlined"
              startIcon={<EditIcon />}
              onClick={() => setEditing(true)}
              data-testid="class-edit"
            >
              {t('actions.edit', { ns: 'common' })}
            </Button>
          )
        }
      />
      <ClassDetails programmeClass={programmeClass} />
      {can('students:write') && <ClassListImport programmeClass={programmeClass} />}
      {can('students:read') && <ClassStudents programmeClass={programmeClass} />}
      {editing && <ClassFormDialog programmeClass={programmeClass} onClose={() => setEditing(false)} />}
    </>
  );
}
