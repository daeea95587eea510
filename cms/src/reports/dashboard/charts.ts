/**
 * The dashboard's charts, drawn by Apache ECharts on the server as SVG (no script in the page, the same SVG for
 * print): siblings compared on three rates, and the 12-month trend.
 */
import { viMonth } from '@sotay/content-schemas'
import * as echarts from 'echarts'
import type { OrgFigures, TrendMonth } from '../report.ts'

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 100))

function svgOf(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}

export function siblingsChart(children: OrgFigures[]): string {
  const names = children.map((c) => c.org.name)
  const series = [
    { name: 'Tỷ lệ cài đặt', value: (c: OrgFigures) => c.rates.activation },
    { name: 'Dùng 30 ngày', value: (c: OrgFigures) => c.rates.active30 },
    { name: 'Dự họp', value: (c: OrgFigures) => c.rates.attendance },
  ]
  return svgOf(
    {
      title: { text: 'So sánh các tổ chức trực thuộc (%)', textStyle: { fontSize: 14 } },
      legend: { top: 24 },
      grid: { top: 60, left: 8, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', data: names, inverse: true },
      series: series.map((s) => ({
        name: s.name,
        type: 'bar',
        data: children.map((c) => percent(s.value(c))),
        label: { show: true, position: 'right', formatter: '{c}%' },
      })),
    },
    640,
    Math.max(180, 80 + children.length * 56),
  )
}

export function trendChart(trend: TrendMonth[]): string {
  return svgOf(
    {
      title: { text: 'Xu hướng 12 tháng', textStyle: { fontSize: 14 } },
      legend: { top: 24 },
      grid: { top: 60, left: 8, right: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: trend.map((t) => viMonth(t.month)) },
      yAxis: [
        { type: 'value', name: 'Người' },
        { type: 'value', name: '%', max: 100 },
      ],
      series: [
        { name: 'Đảng viên dùng ứng dụng', type: 'bar', data: trend.map((t) => t.counters.active30) },
        {
          name: 'Tỷ lệ dự họp (%)',
          type: 'line',
          yAxisIndex: 1,
          data: trend.map((t) => percent(t.rates.attendance)),
        },
        {
          name: 'Tỷ lệ đọc thông báo (%)',
          type: 'line',
          yAxisIndex: 1,
          data: trend.map((t) => percent(t.rates.noticeRead)),
        },
      ],
    },
    640,
    300,
  )
}
