import { Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { REGISTRY_NS } from '../i18n';
import { ActiveChip } from '../shared/chips';
import { DetailsList, type Detail } from '../shared/details-list';
import type { OrganisationRecord } from './organisation-endpoints';

/** The card of a school or a partner: names, where it is, how to reach it, its ids. */
export function OrganisationDetails({ record }: { record: OrganisationRecord }) {
  const { t } = useTranslation(REGISTRY_NS);
  const items: (Detail | false)[] = [
    { label: t('fields.fullName'), value: record.fullName },
    { label: t('fields.shortName'), value: record.shortName },
    record.kind !== 'school' && { label: t('fields.kind'), value: t(`partnerKinds.${record.kind}`) },
    { label: t('fields.municipality'), value: record.municipalityName ?? t('partners.outsideRegion') },
    { label: t('fields.address'), value: record.address },
    {
      label: t('fields.email'),
      value: record.email && <Link href={`mailto:${record.email}`}>{record.email}</Link>,
    },
    {
      label: t('fields.phone'),
      value: record.phone && <Link href={`tel:${record.phone.replace(/[^+\d]/g, '')}`}>{record.phone}</Link>,
    },
    {
      label: t('fields.website'),
      value: record.website && (
        <Link href={record.website} target="_blank" rel="noopener noreferrer">
          {record.website}
        </Link>
      ),
    },
    { label: t('fields.inn'), value: record.inn },
    { label: t('fields.siriusId'), value: record.siriusId },
    { label: t('fields.state'), value: <ActiveChip active={record.active} /> },
  ];
  return <DetailsList items={items.filter((item): item is Detail => item !== false)} />;
}
