export { analyticsFeature } from './lib/analytics.feature';
// Shared with the overview screen: one chart frame and one school-year picker for the whole UI.
export { ChartPanel, useChartColors, type ChartPanelProps } from './lib/chart/chart-panel';
export { axisTooltip, tooltipHtml } from './lib/chart/tooltip';
export { currentSchoolYear, schoolYearOptions } from './lib/school-year/school-year';
export { SchoolYearSelect, useSchoolYearLabel } from './lib/school-year/school-year-select';
export { useSubjectLabel } from './lib/data/labels';
