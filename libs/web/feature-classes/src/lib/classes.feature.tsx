import GroupsIcon from '@mui/icons-material/Groups';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const ClassListPage = lazyPage(pages, 'ClassListPage');
const ClassPage = lazyPage(pages, 'ClassPage');
const StudentPage = lazyPage(pages, 'StudentPage');

/** Programme classes and their students: the list, a class with its list import, a student's card. */
export const classesFeature: WebFeature = {
  nav: [{ label: 'classes', path: '/classes', icon: <GroupsIcon />, permission: 'classes:read' }],
  routes: [
    { path: '/classes', element: <ClassListPage /> },
    { path: '/classes/:id', element: <ClassPage /> },
    { path: '/students/:id', element: <StudentPage /> },
  ],
};
