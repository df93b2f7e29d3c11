import { AppLayout, Loading, LoginPage, NotFound, useSession, type WebFeature } from '@orbita/web/core';
import { analyticsFeature } from '@orbita/web/feature-analytics';
import { classesFeature } from '@orbita/web/feature-classes';
import { integrationFeature } from '@orbita/web/feature-integration';
import { notificationsFeature } from '@orbita/web/feature-notifications';
import { overviewFeature } from '@orbita/web/feature-overview';
import { projectsFeature } from '@orbita/web/feature-projects';
import { registryFeature } from '@orbita/web/feature-registry';
import { roadmapFeature } from '@orbita/web/feature-roadmap';
import { studiosFeature } from '@orbita/web/feature-studios';
import { worksFeature } from '@orbita/web/feature-works';
import { BrowserRouter, useRoutes } from 'react-router';

/** Menu order is the order here. */
const features: WebFeature[] = [
  overviewFeature,
  registryFeature,
  roadmapFeature,
  classesFeature,
  worksFeature,
  analyticsFeature,
  projectsFeature,
  studiosFeature,
  integrationFeature,
  notificationsFeature,
];
const nav = features.flatMap((feature) => feature.nav);

function SignedIn() {
  return useRoutes([
    {
      element: <AppLayout nav={nav} />,
      children: [...features.flatMap((feature) => feature.routes), { path: '*', element: <NotFound /> }],
    },
  ]);
}

/** Signed out, any URL shows the login form; after signing in the same URL opens. */
export function App() {
  const { me } = useSession();
  if (me === undefined) return <Loading />;
  if (me === null) return <LoginPage />;
  return (
    <BrowserRouter>
      <SignedIn />
    </BrowserRouter>
  );
}
