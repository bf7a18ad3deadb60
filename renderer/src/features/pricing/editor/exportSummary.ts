import { todayIso } from '@shared/dates/isoDate';
import {
  type PricingScenario,
  pastPriceReference,
  pricingSummaryFileName,
  pricingSummaryHtml,
  scenarioFigures,
} from '@shared/pricing';
import { bridge } from '../../../bridge';
import { db } from '../../../db/appDatabase';
import { projectsOfServiceType } from '../../../db/pricingRepository';
import { showToast } from '../../../state/toastStore';
import { scenarioChartImages } from '../charts/chartImages';

export type SummaryOutput = 'print' | 'pdf';

/** The one-page summary of a scenario, printed or saved as PDF through the bridge. */
export async function exportSummary(
  scenario: PricingScenario,
  serviceTypeName: string,
  output: SummaryOutput,
): Promise<void> {
  const today = todayIso();
  const projects = await projectsOfServiceType(db, scenario.serviceTypeId);
  const html = pricingSummaryHtml(scenario, scenarioFigures(scenario), {
    serviceTypeName,
    generatedOn: today,
    reference:
      scenario.serviceTypeId === ''
        ? undefined
        : pastPriceReference(projects, scenario.serviceTypeId, scenario.currency),
    charts: scenarioChartImages(scenario.name, scenario),
  });
  const title = `Pricing: ${scenario.name}`;
  if (output === 'print') {
    const result = await bridge.printDocument({ title, html });
    if (!result.printed) showToast(`Not printed: ${result.reason}`);
    return;
  }
  // A browser cannot write a PDF itself; its print dialog can. Said before the dialog opens,
  // because the dialog holds the page until it closes.
  if (bridge.platform === 'browser') {
    showToast('In the print dialog, choose “Save as PDF” as the destination.');
  }
  const result = await bridge.saveDocumentAsPdf({
    title,
    html,
    suggestedName: pricingSummaryFileName(scenario.name, today),
  });
  if (result.saved) showToast(`Saved ${result.fileName}.`);
}
