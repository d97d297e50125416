// Being built (issue 17): the route exists so deep links resolve.
export function SessionPlaybackPage() {
  return <h1>Session</h1>;
}
