import { Typography } from '@mui/material';
import { formatDate } from '@orbita/web/core';
import { useTranslation } from 'react-i18next';
import type { OurStudent, PlatformPerson } from '../data/integration-queries';

/** Surname, name and patronymic (when there is one). */
export const fullName = (person: { surname: string; name: string; patronymic: string | null }) =>
  [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');

/** A person on one side of a mismatch: the name, then birth date, class and (the platform's) id. */
function PersonLines({ name, details, testId }: { name: string; details: string[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <Typography variant="body2">{name}</Typography>
      <Typography variant="body2" color="text.secondary">
        {details.join(' · ')}
      </Typography>
    </div>
  );
}

export function PlatformPersonLines({ person }: { person: PlatformPerson }) {
  const { t } = useTranslation('integration');
  const details = [
    person.birthDate ? t('report.born', { date: formatDate(person.birthDate) }) : undefined,
    person.classTitle ? t('report.classOf', { title: person.classTitle }) : undefined,
    person.externalId,
    person.status === 'tobedeleted' ? t('report.deleted') : undefined,
  ].filter((detail): detail is string => !!detail);
  return <PersonLines name={fullName(person)} details={details} testId="platform-person" />;
}

export function OurStudentLines({ student }: { student: OurStudent }) {
  const { t } = useTranslation('integration');
  return (
    <PersonLines
      name={fullName(student)}
      details={[
        t('report.born', { date: formatDate(student.birthDate) }),
        t('report.classOf', { title: student.classLabel }),
      ]}
      testId="our-student"
    />
  );
}
