// Draws every chart of the report with ECharts from the JSON block beside its container.
// The data never become HTML: ECharts draws text into SVG, and tooltips use its richText mode (no DOM).
(function () {
  'use strict';
  var root = document.documentElement;
  var lang = root.getAttribute('lang');
  var font = window.getComputedStyle(document.body).fontFamily;
  var numbers = new Intl.NumberFormat(lang, {maximumFractionDigits: 2});
  var percents = new Intl.NumberFormat(lang, {style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1});

  function format(type) {
    return function (v) {
      if (v === null || v === undefined || v === '-') {
        return '–';
      }
      if (type === 'PERCENT') {
        return percents.format(v);
      }
      return type === 'YEAR' ? String(v) : numbers.format(v);
    };
  }

  function base(d) {
    var legend = d.series.length > 1;
    return {
      animation: false,
      textStyle: {fontFamily: font},
      tooltip: {renderMode: 'richText', trigger: 'axis', confine: true},
      legend: legend ? {type: 'scroll', top: 0} : {show: false},
      grid: {left: 8, right: 32, top: legend ? 40 : 24, bottom: 8, containLabel: true}
    };
  }

  // The incomplete recent period: a grey band from shadeFrom to the last category.
  function shade(d, axis) {
    if (d.shadeFrom === undefined || d.categories.indexOf(d.shadeFrom) < 0) {
      return undefined;
    }
    var from = {name: d.shadeLabel};
    var to = {};
    from[axis] = d.shadeFrom;
    to[axis] = d.categories[d.categories.length - 1];
    return {
      silent: true,
      itemStyle: {color: 'rgba(110, 120, 135, 0.15)'},
      label: {position: 'insideTop', color: '#5b6475'},
      data: [[from, to]]
    };
  }

  function categoryChart(d, type, stacked) {
    var o = base(d);
    o.xAxis = {type: 'category', data: d.categories, boundaryGap: type === 'bar'};
    o.yAxis = {type: 'value', axisLabel: {formatter: format(d.series[0].type)}};
    if (type === 'bar') {
      o.tooltip.axisPointer = {type: 'shadow'};
    }
    o.series = d.series.map(function (s, k) {
      return {
        type: type,
        name: s.name,
        data: s.values,
        stack: stacked ? 'total' : undefined,
        tooltip: {valueFormatter: format(s.type)},
        markArea: k === 0 ? shade(d, 'xAxis') : undefined
      };
    });
    return o;
  }

  // Categories top to bottom in table order (the first row is the top rank).
  function rankedBar(d) {
    var o = base(d);
    o.tooltip.axisPointer = {type: 'shadow'};
    o.yAxis = {type: 'category', data: d.categories, inverse: true, axisLabel: {width: 200, overflow: 'truncate'}};
    o.xAxis = {type: 'value', axisLabel: {formatter: format(d.series[0].type)}};
    o.series = d.series.map(function (s) {
      var f = format(s.type);
      return {
        type: 'bar',
        name: s.name,
        data: s.values,
        tooltip: {valueFormatter: f},
        label: {show: d.series.length === 1, position: 'right', formatter: function (p) { return f(p.value); }}
      };
    });
    return o;
  }

  function pie(d) {
    var o = base(d);
    var s = d.series[0];
    o.tooltip = {renderMode: 'richText', trigger: 'item', confine: true, valueFormatter: format(s.type)};
    o.legend = {show: false};
    o.series = [{
      type: 'pie',
      name: s.name,
      radius: '62%',
      percentPrecision: 1,
      label: {formatter: '{b}: {d}%'},
      data: d.categories.map(function (c, i) { return {name: c, value: s.values[i]}; })
    }];
    return o;
  }

  // Two value axes named by their series, and a tooltip naming the point and both values (value[2] is the label).
  function xyAxes(o, xs, ys, right) {
    var fx = format(xs.type);
    var fy = format(ys.type);
    o.grid = {left: 56, right: right, top: 32, bottom: 44, containLabel: true};
    o.tooltip = {
      renderMode: 'richText', trigger: 'item', confine: true,
      formatter: function (p) {
        return p.value[2] + '\n' + xs.name + ': ' + fx(p.value[0]) + '\n' + ys.name + ': ' + fy(p.value[1]);
      }
    };
    o.xAxis = {type: 'value', scale: true, name: xs.name, nameLocation: 'middle', nameGap: 30,
      axisLabel: {formatter: fx}};
    o.yAxis = {type: 'value', scale: true, name: ys.name, nameLocation: 'middle', nameGap: 52,
      axisLabel: {formatter: fy}};
  }

  // The life-cycle trajectory: applications (x) against applicants (y), one labelled point per year,
  // joined in row order; points of the incomplete period are grey.
  function trajectory(d) {
    var o = base(d);
    var xs = d.series[0];
    var ys = d.series[1];
    var grey = d.shadeFrom === undefined ? -1 : d.categories.indexOf(d.shadeFrom);
    var points = [];
    d.categories.forEach(function (c, i) {
      if (xs.values[i] === null || ys.values[i] === null) {
        return;
      }
      var p = {value: [xs.values[i], ys.values[i], c]};
      if (grey >= 0 && i >= grey) {
        p.itemStyle = {color: '#9aa3b2'};
      }
      points.push(p);
    });
    xyAxes(o, xs, ys, 32);
    o.series = [{
      type: 'line',
      data: points,
      symbolSize: 7,
      label: {show: true, position: 'top', formatter: function (p) { return p.value[2]; }}
    }];
    return o;
  }

  // The strength x growth quadrant: one labelled point per row, the thresholds as dashed lines.
  function quadrant(d) {
    var o = base(d);
    var xs = d.series[0];
    var ys = d.series[1];
    var points = [];
    d.categories.forEach(function (c, i) {
      if (xs.values[i] !== null && ys.values[i] !== null) {
        points.push({value: [xs.values[i], ys.values[i], c]});
      }
    });
    var marks = [];
    if (d.xMark !== undefined) {
      marks.push({xAxis: d.xMark});
    }
    if (d.yMark !== undefined) {
      marks.push({yAxis: d.yMark});
    }
    // Room on the right for the labels of the points nearest the edge.
    xyAxes(o, xs, ys, 120);
    o.series = [{
      type: 'scatter',
      data: points,
      symbolSize: 10,
      label: {show: true, position: 'top', formatter: function (p) { return p.value[2]; }},
      markLine: marks.length === 0 ? undefined : {silent: true, symbol: 'none', label: {show: false},
        lineStyle: {type: 'dashed', color: '#9aa3b2'}, data: marks}
    }];
    return o;
  }

  // A matrix: rows top to bottom in table order, one column per series, the count written in each cell.
  function heatmap(d) {
    var o = base(d);
    var cells = [];
    var max = 0;
    d.series.forEach(function (s, col) {
      s.values.forEach(function (v, row) {
        cells.push([col, row, v === null ? 0 : v]);
        max = Math.max(max, v === null ? 0 : v);
      });
    });
    o.legend = {show: false};
    o.tooltip = {renderMode: 'richText', trigger: 'item', confine: true,
      formatter: function (p) {
        return d.categories[p.value[1]] + '\n' + d.series[p.value[0]].name + ': ' + numbers.format(p.value[2]);
      }};
    o.grid = {left: 8, right: 16, top: 8, bottom: 64, containLabel: true};
    o.xAxis = {type: 'category', data: d.series.map(function (s) { return s.name; }),
      axisLabel: {interval: 0, rotate: 30}, splitArea: {show: true}};
    o.yAxis = {type: 'category', data: d.categories, inverse: true,
      axisLabel: {width: 200, overflow: 'truncate'}, splitArea: {show: true}};
    o.visualMap = {show: false, min: 0, max: Math.max(max, 1), inRange: {color: ['#f4f6fa', '#2f5d9e']}};
    o.series = [{type: 'heatmap', data: cells, label: {show: true}}];
    return o;
  }

  var builders = {
    BAR: function (d) { return categoryChart(d, 'bar', false); },
    STACKED_BAR: function (d) { return categoryChart(d, 'bar', true); },
    LINE: function (d) { return categoryChart(d, 'line', false); },
    RANKED_BAR: rankedBar,
    PIE: pie,
    TRAJECTORY: trajectory,
    QUADRANT: quadrant,
    HEATMAP: heatmap
  };

  var charts = [];
  document.querySelectorAll('.chart[data-chart-id]').forEach(function (el) {
    try {
      var d = JSON.parse(document.getElementById(el.id + '-data').textContent);
      // SVG: crisp when printed, and the same picture on every run (animation is off too).
      var chart = echarts.init(el, null, {renderer: 'svg', locale: lang === 'en' ? 'EN' : 'ZH'});
      chart.setOption(builders[d.kind](d));
      charts.push(chart);
    } catch (e) {
      // One broken chart must not hide the others; the console shows which one and why.
      console.error('chart ' + el.getAttribute('data-chart-id') + ': ' + e);
    }
  });
  function resize() {
    charts.forEach(function (c) { c.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
}());
