import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { Button, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { Controller, useFieldArray, useWatch, type Control, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RULE_KINDS } from '../data/studios-queries';
import { newIndicator, pointsProblem, type CriteriaValues } from './criteria-values';

/** A number field of the criteria: points to the hundredth, not negative. */
function PointsField({
  control,
  name,
  label,
  disabled,
  testId,
}: {
  control: Control<CriteriaValues>;
  name: FieldPath<CriteriaValues>;
  label: string;
  disabled: boolean;
  testId?: string;
}) {
  const { t } = useTranslation('studios');
  return (
    <Controller
      control={control}
      name={name}
      rules={{
        validate: (value) => {
          const problem = pointsProblem(String(value));
          return !problem || t(`criteria.problems.${problem}`);
        },
      }}
      render={({ field, fieldState }) => (
        <TextField
          {...field}
          value={field.value as string}
          size="small"
          label={label}
          disabled={disabled}
          inputMode="decimal"
          error={!!fieldState.error}
          helperText={fieldState.error?.message}
          sx={{ width: { xs: '100%', sm: 180 } }}
          slotProps={{ htmlInput: { 'data-testid': testId } }}
        />
      )}
    />
  );
}

/** The steps of a scale rule: each threshold reached pays its points. */
function BandsField({ control, index, disabled }: { control: Control<CriteriaValues>; index: number; disabled: boolean }) {
  const { t } = useTranslation('studios');
  const { fields, append, remove } = useFieldArray({ control, name: `indicators.${index}.rule.bands` });
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary">
        {t('criteria.bandsHint')}
      </Typography>
      {fields.map((band, bandIndex) => (
        <Stack key={band.id} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
          <PointsField
            control={control}
            name={`indicators.${index}.rule.bands.${bandIndex}.threshold`}
            label={t('criteria.threshold', { number: bandIndex + 1 })}
            disabled={disabled}
          />
          <PointsField
            control={control}
            name={`indicators.${index}.rule.bands.${bandIndex}.points`}
            label={t('criteria.bandPoints', { number: bandIndex + 1 })}
            disabled={disabled}
          />
          {fields.length > 1 && !disabled && (
            <Tooltip title={t('criteria.removeBand', { number: bandIndex + 1 })}>
              <IconButton aria-label={t('criteria.removeBand', { number: bandIndex + 1 })} onClick={() => remove(bandIndex)}>
                <DeleteIcon />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
      ))}
      {!disabled && (
        <div>
          <Button size="small" startIcon={<AddIcon />} onClick={() => append({ threshold: '', points: '' })}>
            {t('criteria.addBand')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

function IndicatorFields({
  control,
  index,
  disabled,
  onRemove,
}: {
  control: Control<CriteriaValues>;
  index: number;
  disabled: boolean;
  onRemove?: () => void;
}) {
  const { t } = useTranslation('studios');
  const { t: tc } = useTranslation();
  const kind = useWatch({ control, name: `indicators.${index}.rule.kind` });
  const required = { validate: (value: unknown) => String(value).trim() !== '' || tc('form.required') };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="criteria-indicator">
      <Stack spacing={2}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="subtitle2" component="h3">
            {t('criteria.indicatorNumber', { number: index + 1 })}
          </Typography>
          {onRemove && (
            <Tooltip title={t('criteria.removeIndicator', { number: index + 1 })}>
              <IconButton aria-label={t('criteria.removeIndicator', { number: index + 1 })} onClick={onRemove}>
                <DeleteIcon />
              </IconButton>
            </Tooltip>
          )}
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <Controller
            control={control}
            name={`indicators.${index}.name`}
            rules={required}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                size="small"
                label={t('criteria.name')}
                disabled={disabled}
                error={!!fieldState.error}
                helperText={fieldState.error?.message}
                sx={{ flex: 2 }}
                slotProps={{ htmlInput: { 'data-testid': 'criteria-name' } }}
              />
            )}
          />
          <Controller
            control={control}
            name={`indicators.${index}.unit`}
            rules={required}
            render={({ field, fieldState }) => (
              <TextField
                {...field}
                size="small"
                label={t('criteria.unit')}
                disabled={disabled}
                error={!!fieldState.error}
                helperText={fieldState.error?.message ?? t('criteria.unitHint')}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { 'data-testid': 'criteria-unit' } }}
              />
            )}
          />
        </Stack>
        <Controller
          control={control}
          name={`indicators.${index}.rule.kind`}
          render={({ field }) => (
            <TextField {...field} select size="small" label={t('criteria.kind')} disabled={disabled} sx={{ maxWidth: 360 }}>
              {RULE_KINDS.map((option) => (
                <MenuItem key={option} value={option}>
                  {t(`ruleKind.${option}`)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
        {kind === 'perFact' && (
          <PointsField
            control={control}
            name={`indicators.${index}.rule.points`}
            label={t('criteria.points')}
            disabled={disabled}
            testId="criteria-points"
          />
        )}
        {kind === 'perCount' && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <PointsField
              control={control}
              name={`indicators.${index}.rule.pointsPerUnit`}
              label={t('criteria.pointsPerUnit')}
              disabled={disabled}
              testId="criteria-points-per-unit"
            />
            <PointsField
              control={control}
              name={`indicators.${index}.rule.capPerStudio`}
              label={t('criteria.cap')}
              disabled={disabled}
              testId="criteria-cap"
            />
          </Stack>
        )}
        {kind === 'scale' && <BandsField control={control} index={index} disabled={disabled} />}
      </Stack>
    </Paper>
  );
}

/** The indicators of a criteria set, each with its unit and points rule (per fact, per count with a cap, scale). */
export function CriteriaFields({ control, disabled = false }: { control: Control<CriteriaValues>; disabled?: boolean }) {
  const { t } = useTranslation('studios');
  const { fields, append, remove } = useFieldArray({ control, name: 'indicators' });
  return (
    <Stack spacing={2} data-testid="criteria-fields">
      {fields.map((indicator, index) => (
        <IndicatorFields
          key={indicator.id}
          control={control}
          index={index}
          disabled={disabled}
          onRemove={!disabled && fields.length > 1 ? () => remove(index) : undefined}
        />
      ))}
      {!disabled && (
        <div>
          <Button startIcon={<AddIcon />} onClick={() => append(newIndicator())} data-testid="criteria-add">
            {t('criteria.addIndicator')}
          </Button>
        </div>
      )}
    </Stack>
  );
}
