/**
 * A question's tally as a bar chart, drawn on the server by Apache ECharts into an SVG string (server-side
 * rendering: no canvas, no script on the phone). Choice and scale questions get one; free text has none.
 */
import type { QuestionTally } from '@sotay/content-schemas'
import * as echarts from 'echarts'

const WIDTH = 320
const BAR_HEIGHT = 28

export function tallyChartSvg(tally: QuestionTally): string | null {
  if (tally.kind === 'text' || !tally.counts.length) return null
  const height = 40 + tally.counts.length * BAR_HEIGHT
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height })
  try {
    const scale = tally.kind === 'scale'
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 36, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: tally.counts.map((c) => (scale ? `${c.label} điểm` : c.label)),
        axisLabel: { width: 140, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          data: tally.counts.map((c) => c.count),
          label: { show: true, position: 'right' },
          itemStyle: { color: '#b71c1c' },
        },
      ],
    })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
