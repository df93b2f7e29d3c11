import type { RouteObject } from 'react-router';
import type { NavItem } from './layout/app-layout';

/**
 * What a feature library gives the app: its screens (routes under the signed-in frame, their pages
 * made with `lazyPage`, so a page's code loads on its first visit) and menu items, which stay eager.
 */
export interface WebFeature {
  routes: RouteObject[];
  nav: NavItem[];
}
