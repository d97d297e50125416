// Being built (issue 17): the route exists so deep links resolve.
export function SessionListPage() {
  return <h1>Sessions</h1>;
}
