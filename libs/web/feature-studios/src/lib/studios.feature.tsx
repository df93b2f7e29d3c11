import Diversity3Icon from '@mui/icons-material/Diversity3';
import { lazyPage, type WebFeature } from '@orbita/web/core';

const pages = () => import('./pages');
const CyclePage = lazyPage(pages, 'CyclePage');
const StudiosPage = lazyPage(pages, 'StudiosPage');

/**
 * Studios «Уроки настоящего»: the regional centre's cycles, applications, fact verification, criteria
 * and ranking; a school's applications, credit facts and explained standing. Experts (projects:read for
 * their works only) have no studios, so the menu item asks for projects:register, which coordinators hold.
 */
export const studiosFeature: WebFeature = {
  nav: [{ label: 'studios', path: '/studios', icon: <Diversity3Icon />, permission: 'projects:register' }],
  routes: [
    { path: '/studios', element: <StudiosPage /> },
    { path: '/studios/cycles/:cycleId', element: <CyclePage /> },
  ],
};
