// Being built (issue 17): the route exists so deep links resolve.
export function DashboardPage() {
  return <h1>Dashboard</h1>;
}
