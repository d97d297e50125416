// Being built (issue 17): the route exists so deep links resolve.
export function SettingsPage() {
  return <h1>Settings</h1>;
}
