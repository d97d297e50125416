import { type ReactNode, useState } from 'react';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { type ChartColors, useChartColors } from '../ui/chart-colors';
import { formatCost, formatDuration, formatTokens } from '../ui/format';
import { type Interval, tickLabel } from '../ui/time-range';
import { type ChartRow, type ModelMetric, pivotByModel } from './dashboard-data';

type Series = Parameters<typeof pivotByModel>[0];

// A fixed height and a width from the grid: Recharts measures its box, and a box without a size
// (a hidden or not yet laid out chart) draws nothing and warns in the console.
const CHART_STYLE = { width: '100%', height: 220 };
const MARGIN = { top: 8, right: 12, bottom: 0, left: 0 };

const compactNumber = (n: number) => Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
// Costs per interval are often cents or less: two significant digits below a dollar.
const compactCost = (n: number) => (n === 0 ? '$0' : n < 1 ? `$${Number(n.toPrecision(2))}` : `$${compactNumber(n)}`);

/** The axes, grid and tooltip every chart shares, in the theme's colors. */
function common(colors: ChartColors, interval: Interval, multiDay: boolean, yFormat: (n: number) => string, valueFormat: (n: number) => string) {
  const label = (iso: unknown) => (typeof iso === 'string' ? tickLabel(iso, interval, multiDay) : '');
  return [
    <CartesianGrid key="grid" stroke={colors.line} strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="time" tickFormatter={label} stroke={colors.muted} tick={{ fill: colors.muted, fontSize: 11 }} minTickGap={24} />,
    <YAxis key="y" tickFormatter={yFormat} stroke={colors.muted} tick={{ fill: colors.muted, fontSize: 11 }} width={56} allowDecimals />,
    <Tooltip
      key="tip"
      labelFormatter={(iso) => (typeof iso === 'string' ? tickLabel(iso, interval, true) : '')}
      formatter={(v) => (typeof v === 'number' ? valueFormat(v) : String(v ?? '–'))}
      contentStyle={{ background: colors.bg, border: `1px solid ${colors.line}`, color: colors.fg }}
      labelStyle={{ color: colors.fg }}
      cursor={{ stroke: colors.line, fill: colors.head }}
      isAnimationActive={false}
    />,
  ];
}

function ChartCard({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <figure className="chart-card" aria-label={title}>
      <figcaption>
        {title}
        {extra}
      </figcaption>
      <div className="chart-box">{children}</div>
    </figure>
  );
}

/** The project-wide charts and the by-model chart of one time window. */
export function DashboardCharts({ rows, byModel, interval, multiDay }: { rows: ChartRow[]; byModel: Series; interval: Interval; multiDay: boolean }) {
  const colors = useChartColors();
  const [metric, setMetric] = useState<ModelMetric>('totalCost');
  const models = pivotByModel(byModel, metric);
  const axes = (y: (n: number) => string, v: (n: number) => string = y) => common(colors, interval, multiDay, y, v);
  // Animations would replay on every live refetch; the charts are redrawn in place instead.
  const still = { isAnimationActive: false };
  const modelFormat = metric === 'totalCost' ? formatCost : formatTokens;

  return (
    <div className="charts">
      <ChartCard title="Trace volume">
        <BarChart responsive style={CHART_STYLE} data={rows} margin={MARGIN}>
          {axes(compactNumber, formatTokens)}
          <Bar dataKey="traceCount" name="Traces" fill={colors.accent} {...still} />
        </BarChart>
      </ChartCard>
      <ChartCard title="Error rate">
        <LineChart responsive style={CHART_STYLE} data={rows} margin={MARGIN}>
          {axes(
            (n) => `${compactNumber(n)}%`,
            (n) => `${n.toFixed(1)}%`,
          )}
          <Line type="monotone" dataKey="errorPct" name="Error rate" stroke={colors.err} dot={false} strokeWidth={2} {...still} />
        </LineChart>
      </ChartCard>
      <ChartCard title="Latency">
        <LineChart responsive style={CHART_STYLE} data={rows} margin={MARGIN}>
          {axes(formatDuration)}
          <Legend wrapperStyle={{ color: colors.fg, fontSize: 12 }} />
          {/* Percentiles are null in intervals without traces: the line joins the intervals that have some. */}
          <Line type="monotone" dataKey="latencyP50" name="p50" stroke={colors.ok} connectNulls dot={{ r: 2 }} {...still} />
          <Line type="monotone" dataKey="latencyP95" name="p95" stroke={colors.run} connectNulls dot={{ r: 2 }} {...still} />
          <Line type="monotone" dataKey="latencyP99" name="p99" stroke={colors.err} connectNulls dot={{ r: 2 }} {...still} />
        </LineChart>
      </ChartCard>
      <ChartCard title="Tokens">
        <AreaChart responsive style={CHART_STYLE} data={rows} margin={MARGIN}>
          {axes(compactNumber, formatTokens)}
          <Area type="monotone" dataKey="totalTokens" name="Tokens" stroke={colors.accent} fill={colors.accent} fillOpacity={0.25} {...still} />
        </AreaChart>
      </ChartCard>
      <ChartCard title="Cost">
        <BarChart responsive style={CHART_STYLE} data={rows} margin={MARGIN}>
          {axes(compactCost, formatCost)}
          <Bar dataKey="totalCost" name="Cost" fill={colors.ok} {...still} />
        </BarChart>
      </ChartCard>
      <ChartCard
        title="By model"
        extra={
          <label className="chart-option">
            Show{' '}
            <select value={metric} onChange={(e) => setMetric(e.target.value as ModelMetric)}>
              <option value="totalCost">Cost</option>
              <option value="totalTokens">Tokens</option>
              <option value="traceCount">LLM calls</option>
            </select>
          </label>
        }
      >
        {models.models.length === 0 ? (
          <p className="empty">No LLM calls with a model in this range.</p>
        ) : (
          <BarChart responsive style={CHART_STYLE} data={models.rows} margin={MARGIN}>
            {metric === 'totalCost' ? axes(compactCost, formatCost) : axes(compactNumber, modelFormat)}
            <Legend wrapperStyle={{ color: colors.fg, fontSize: 12 }} />
            {models.models.map((m, i) => (
              <Bar key={m} dataKey={m} name={m} stackId="models" fill={colors.series[i % colors.series.length]} {...still} />
            ))}
          </BarChart>
        )}
      </ChartCard>
    </div>
  );
}
