'use strict';

// The dashboard: polls the REST endpoints and hands the data to ECharts and to plain DOM tables.
const REFRESH_MS = 2000;
const chart = echarts.init(document.getElementById('chart'));

chart.setOption({
  animation: false,
  tooltip: { trigger: 'axis' },
  legend: { type: 'scroll', top: 0 },
  axisPointer: { link: [{ xAxisIndex: 'all' }] },
  grid: [{ top: 40, height: '36%', left: 60, right: 24 }, { top: '58%', height: '34%', left: 60, right: 24 }],
  xAxis: [{ type: 'time', gridIndex: 0 }, { type: 'time', gridIndex: 1 }],
  yAxis: [
    { type: 'value', gridIndex: 0, name: 'voltage (V)', scale: true },
    { type: 'value', gridIndex: 1, name: 'current (A)', scale: true }
  ],
  series: []
});
window.addEventListener('resize', () => chart.resize());

async function getJson(url) {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(url + ': HTTP ' + response.status);
  }
  return response.json();
}

// One line per meter in each grid; both share the meter's name, so one legend entry toggles both.
function chartSeries(meters) {
  return meters.flatMap(meter => [
    { name: meter.meterId, type: 'line', showSymbol: false, xAxisIndex: 0, yAxisIndex: 0,
      data: meter.points.map(p => [p.ts, p.voltage]) },
    { name: meter.meterId, type: 'line', showSymbol: false, xAxisIndex: 1, yAxisIndex: 1,
      data: meter.points.map(p => [p.ts, p.current]) }
  ]);
}

function cell(row, text) {
  const td = row.insertCell();
  td.textContent = text;
  return td;
}

function time(iso) {
  return new Date(iso).toLocaleTimeString([], { hour12: false });
}

function surgeButton(row, meterId) {
  const button = document.createElement('button');
  button.textContent = 'surge';
  button.title = 'write a reading above the alert threshold for ' + meterId;
  button.dataset.meter = meterId;
  button.addEventListener('click', () => fetch('/api/meters/' + encodeURIComponent(meterId) + '/over-voltage',
      { method: 'POST' }).then(refresh));
  row.insertCell().appendChild(button);
}

function renderLatest(readings, statuses) {
  const temperature = new Map(statuses.map(s => [s.meterId, s.temperature]));
  const body = document.querySelector('#latest tbody');
  body.replaceChildren();
  for (const r of readings) {
    const row = body.insertRow();
    row.dataset.meter = r.meterId;
    cell(row, r.meterId);
    cell(row, r.location);
    cell(row, r.groupId);
    cell(row, time(r.ts));
    cell(row, r.voltage);
    cell(row, r.current.toFixed(2));
    cell(row, r.phase.toFixed(3));
    cell(row, temperature.has(r.meterId) ? temperature.get(r.meterId).toFixed(1) : '');
    surgeButton(row, r.meterId);
  }
}

function renderAlerts(alerts) {
  const list = document.getElementById('alerts');
  list.replaceChildren(...alerts.map(a => {
    const item = document.createElement('li');
    item.dataset.meter = a.meterId;
    item.textContent = time(a.ts) + ' ' + a.meterId + ' (' + a.location + '): ' + a.voltage + ' V, '
        + a.current.toFixed(2) + ' A';
    return item;
  }));
  document.getElementById('no-alerts').hidden = alerts.length > 0;
}

async function refresh() {
  try {
    const [series, latest, status, alerts] = await Promise.all([getJson('/api/meters/series?window=1s&minutes=5'),
      getJson('/api/meters/latest'), getJson('/api/meters/status'), getJson('/api/alerts?limit=50')]);
    chart.setOption({ series: chartSeries(series) }, { replaceMerge: ['series'] });
    renderLatest(latest, status);
    renderAlerts(alerts);
    const now = new Date().toLocaleTimeString([], { hour12: false });
    document.getElementById('refreshed').textContent = 'Updated ' + now + '.';
    document.getElementById('error').textContent = '';
  } catch (e) {
    document.getElementById('error').textContent = e.message;
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
