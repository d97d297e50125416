import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { useQuery } from 'urql';
import { readViewer, storeViewer } from './api-key.storage';
import { graphql } from '../gql';
import type { ApiKeyRole } from '../gql/graphql';

/** Who the key is: asked by the sign-in page and again on each load. */
export const ViewerQuery = graphql(`
  query WebViewer {
    viewer {
      role
      bootstrapAdmin
      projectId
    }
  }
`);

/** The signed-in key: its role decides what the UI offers (an ingest key reads nothing, only admins manage). */
export type Viewer = { role: ApiKeyRole; bootstrapAdmin: boolean; projectId: string | null };

const ViewerContext = createContext<Viewer | null>(null);

/**
 * The key's viewer for the app below: the one stored at sign-in at once, checked with the API on
 * each load (a revoked key's answer sends the user back to sign-in through the client).
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  useEffect(() => {
    if (data) storeViewer(data.viewer);
  }, [data]);
  const viewer = data?.viewer ?? readViewer();
  if (viewer) return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
  if (error) return <p role="alert">Could not reach the API: {error.message}</p>;
  return <p aria-busy="true">Signing in…</p>;
}

/** The signed-in key; only inside ViewerProvider. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside ViewerProvider');
  return viewer;
}

/** Whether the key may read traces, or manage keys and settings. */
export const canRead = (v: Viewer) => v.role !== 'INGEST';
export const canManage = (v: Viewer) => v.role === 'ADMIN';
