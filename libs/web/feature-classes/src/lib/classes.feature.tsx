import GroupsIcon from '@mui/icons-material/Groups';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const ClassListPage = lazyPage(pages, 'ClassListPage');
const ClassPage = lazyPage(pages, 'ClassPage');
const StudentPage = lazyPage(pages, 'StudentPage');
const CampaignListPage = lazyPage(pages, 'CampaignListPage');
const CampaignPage = lazyPage(pages, 'CampaignPage');

/**
 * Programme classes and their students: the list, a class with its list import, a student's card; and
 * selection (отбор): campaigns, their ranked lists, enrollment from them.
 */
export const classesFeature: WebFeature = {
  nav: [
    { label: 'classes', path: '/classes', icon: <GroupsIcon />, permission: 'classes:read' },
    { label: 'selection', path: '/selection', icon: <HowToRegIcon />, permission: 'selection:manage' },
  ],
  routes: [
    { path: '/classes', element: <ClassListPage /> },
    { path: '/classes/:id', element: <ClassPage /> },
    { path: '/students/:id', element: <StudentPage /> },
    { path: '/selection', element: <CampaignListPage /> },
    { path: '/selection/:id', element: <CampaignPage /> },
  ],
};
