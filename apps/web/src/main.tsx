import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { i18n } from './i18n';
import { isApiError } from './lib/api';
import { ME_QUERY_KEY } from './office/auth/session';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      // a session that ends while the user works sends them back to the login page
      if (isApiError(error, 401) && query.queryKey[0] !== ME_QUERY_KEY[0]) {
        queryClient.setQueryData(ME_QUERY_KEY, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) => !isApiError(error) || (error.status >= 500 && count < 2),
    },
  },
});

// server texts (warnings, messages, localised titles) come in the UI language: fetch them again
i18n.on('languageChanged', () => {
  void queryClient.invalidateQueries();
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
