import { continentOf } from '../domain/geography.ts';
import type { Locale } from '../i18n/index.ts';
import type { Stats } from '../search/catalog.ts';
import { statsForReader } from './statsOrder.ts';
import { MAX_BARS, type ChartBar, type ChartPicture } from './pictures/statsChart.ts';

export const CHART_FILE_NAME = 'chart.png';

/** The first bars, and the rest summed in one last bar, so that a long tail still adds up. */
function capped(bars: ChartBar[], { t }: Locale): ChartBar[] {
  if (bars.length <= MAX_BARS) return bars;
  const rest = bars.slice(MAX_BARS - 1);
  return [
    ...bars.slice(0, MAX_BARS - 1),
    { label: t.map.others(rest.length), value: rest.reduce((sum, bar) => sum + bar.value, 0) },
  ];
}

/**
 * The statistics chart in plain data: projects per French region, and per partner country coloured by continent (UN
 * M49), in the reader's words.
 */
export function statsChartPicture(stats: Stats, callNames: readonly string[], locale: Locale): ChartPicture {
  const { t, language } = locale;
  const ordered = statsForReader(stats, language);
  return {
    title: t.map.chartTitle,
    subtitle: t.map.chartSubtitle(stats.projects, callNames.join(', ')),
    panels: [
      {
        title: t.stats.perRegion,
        bars: capped(
          ordered.perRegion.map(({ region, count }) => ({ label: region.name, value: count })),
          locale,
        ),
      },
      {
        title: t.stats.perCountry,
        bars: capped(
          ordered.perCountry.map(({ country, count }) => {
            const continent = continentOf(country.code);
            return {
              label: country.name[language],
              value: count,
              ...(continent ? { group: continent.name[language] } : {}),
            };
          }),
          locale,
        ),
      },
    ],
  };
}
