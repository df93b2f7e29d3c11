import type { RouteObject } from 'react-router';
import type { NavItem } from './layout/app-layout';

/** What a feature library gives the app: its screens (routes under the signed-in frame) and menu items. */
export interface WebFeature {
  routes: RouteObject[];
  nav: NavItem[];
}
