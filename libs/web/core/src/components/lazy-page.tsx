import { Alert, AlertTitle, Button } from '@mui/material';
import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './states';

/** The code of a page did not arrive: the network dropped, or a deploy replaced the files this tab knows. */
class PageLoadError extends Error {}

function PageLoadFailed() {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      data-testid="page-load-failed"
      action={
        <Button color="inherit" size="small" onClick={() => window.location.reload()}>
          {t('states.reload')}
        </Button>
      }
    >
      <AlertTitle>{t('states.pageLoadFailed')}</AlertTitle>
      {t('states.pageLoadHint')}
    </Alert>
  );
}

/** Offers a reload when a page's code fails to load; other errors pass on as before. */
class PageLoadBoundary extends Component<{ children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (error instanceof PageLoadError) return <PageLoadFailed />;
    throw error;
  }
}

type PageProps<T> = T extends ComponentType<infer P extends object> ? P : never;

/**
 * A page whose code loads on its first visit: `load` imports the feature's pages module (one chunk per
 * feature, fetched once, by whichever of its pages opens first), `name` picks the page's export. Until
 * it arrives the page area shows the loading state; the frame around it is already there.
 */
export function lazyPage<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType<PageProps<M[K]>> {
  return withLoadingState(() => load().then((module) => module[name] as ComponentType<PageProps<M[K]>>), name);
}

function withLoadingState<P extends object>(load: () => Promise<ComponentType<P>>, name: string): ComponentType<P> {
  const Page = lazy(() =>
    load().then(
      (page) => ({ default: page }),
      (error: unknown) => {
        throw new PageLoadError(`The code of the page ${name} did not load`, { cause: error });
      },
    ),
  );
  return function LazyPage(props: P) {
    return (
      <PageLoadBoundary>
        <Suspense fallback={<Loading />}>
          <Page {...props} />
        </Suspense>
      </PageLoadBoundary>
    );
  };
}
