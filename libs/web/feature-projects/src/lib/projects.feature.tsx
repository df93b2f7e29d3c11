import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import ScienceIcon from '@mui/icons-material/Science';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const SeasonListPage = lazyPage(pages, 'SeasonListPage');
const StagePage = lazyPage(pages, 'StagePage');
const MyWorksPage = lazyPage(pages, 'MyWorksPage');
const SheetPage = lazyPage(pages, 'SheetPage');
const ProjectWorksPage = lazyPage(pages, 'ProjectWorksPage');

/**
 * Project defences (защиты проектов): the regional centre's seasons and stages (rubric, experts,
 * assignment, sheets, summary protocol), an expert's works and sheets, a school's registered works.
 */
export const projectsFeature: WebFeature = {
  nav: [
    { label: 'projectDefences', path: '/project-defences', icon: <EmojiEventsIcon />, permission: 'projects:manage' },
    {
      label: 'projectWorks',
      schoolLabel: 'schoolProjectWorks',
      path: '/project-works',
      icon: <ScienceIcon />,
      permission: 'projects:register',
    },
    { label: 'expertSheets', path: '/expert-sheets', icon: <AssignmentTurnedInIcon />, permission: 'sheets:write' },
  ],
  routes: [
    { path: '/project-defences', element: <SeasonListPage /> },
    { path: '/project-defences/stages/:stageId', element: <StagePage /> },
    { path: '/project-works', element: <ProjectWorksPage /> },
    { path: '/expert-sheets', element: <MyWorksPage /> },
    { path: '/expert-sheets/works/:workId/stages/:stageId', element: <SheetPage /> },
  ],
};
