import GroupsIcon from '@mui/icons-material/Groups';
import type { WebFeature } from '@orbita/web/core';
import { ClassListPage } from './class-list/class-list-page';
import { ClassPage } from './class-page/class-page';
import './i18n';
import { StudentPage } from './student-page/student-page';

/** Programme classes and their students: the list, a class with its list import, a student's card. */
export const classesFeature: WebFeature = {
  nav: [{ label: 'classes', path: '/classes', icon: <GroupsIcon />, permission: 'classes:read' }],
  routes: [
    { path: '/classes', element: <ClassListPage /> },
    { path: '/classes/:id', element: <ClassPage /> },
    { path: '/students/:id', element: <StudentPage /> },
  ],
};
