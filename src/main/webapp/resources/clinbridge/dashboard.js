/* Draws the dashboard's charts with Apache ECharts from the data the page writes into each
   .cb-chart's data-chart attribute; a click on a bar opens the list behind it. */
(function () {
  'use strict';
  var zh = (document.documentElement.lang || '').indexOf('zh') === 0;

  function option(spec) {
    if (spec.kind === 'pie') {
      return {
        animation: false,
        tooltip: {trigger: 'item'},
        legend: {bottom: 0},
        series: [{type: 'pie', radius: ['35%', '65%'], data: spec.data}]
      };
    }
    var category = {type: 'category', data: spec.categories, axisLabel: {interval: 0, width: 110, overflow: 'truncate'}};
    var value = {type: 'value'};
    // No animation: the figures are read, printed and captured as they are, not as they grow.
    return {
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: spec.horizontal ? 150 : 50, right: 20, top: 20, bottom: 60},
      xAxis: spec.horizontal ? value : category,
      yAxis: spec.horizontal ? category : value,
      series: spec.series.map(function (s) {
        return {
          name: s.name,
          type: s.type || 'bar',
          stack: spec.stacked && (s.type || 'bar') === 'bar' ? 'all' : undefined,
          data: s.data
        };
      })
    };
  }

  function draw(el) {
    var spec = JSON.parse(el.getAttribute('data-chart'));
    var chart = echarts.init(el, null, {locale: zh ? 'ZH' : 'EN', renderer: 'svg'});
    chart.setOption(option(spec));
    chart.on('click', function (p) {
      var link = spec.links && spec.links[p.dataIndex];
      if (link) {
        window.location.href = link;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.setAttribute('data-drawn', 'true');
  }

  Array.prototype.forEach.call(document.querySelectorAll('.cb-chart[data-chart]'), draw);
})();
