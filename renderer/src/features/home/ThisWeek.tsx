import { dueToBuyRuleText, holidayCardReminder, isDismissed } from '@shared/insights';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useSettings } from '../../app/useSettings';
import { useToday } from '../../app/useToday';
import { useHomeDismissals } from '../../db/hooks/homeHooks';
import { useMailingLists } from '../../db/hooks/mailingHooks';
import { useInsightsFigures } from '../../db/useInsightsFigures';
import { PageHeader } from '../../ui/PageHeader';
import { FiguresStatus } from '../insights/FiguresStatus';
import { ContactSection } from './ContactSection';
import { HeadlineFigures } from './HeadlineFigures';
import { HolidayCardsReminder } from './HolidayCardsReminder';
import { homeExtraSections } from './homeSections';

/** Who to contact this week and how the year is going, from the whole client book. */
export function ThisWeek() {
  const settings = useSettings();
  const today = useToday();
  const home = useInsightsFigures({
    screen: 'home',
    options: {
      today,
      homeCurrency: settings.homeCurrency,
      lapsedAfterMonths: settings.lapsedAfterMonths,
      dueToBuyLeadWeeks: settings.dueToBuyLeadWeeks,
      repeatMinCompletedProjects: settings.repeatMinCompletedProjects,
    },
  });
  const entries = home.figures;
  const dismissals = useHomeDismissals();
  const mailingLists = useMailingLists();

  const dismissed = useMemo(() => new Map((dismissals ?? []).map((row) => [row.id, row])), [dismissals]);
  const visible = <T extends { key: string }>(list: readonly T[]) =>
    list.filter((entry) => !isDismissed(entry.key, dismissed, today));
  const cards = mailingLists ? holidayCardReminder(today, mailingLists) : null;

  return (
    <div className="home-page">
      <PageHeader
        title="This week"
        subtitle="Who to get in touch with, and how the year is going."
        actions={
          <Link href="/clients" className="button">
            All clients
          </Link>
        }
      />
      {homeExtraSections.map((Section, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed at build time
        <Section key={index} />
      ))}
      <FiguresStatus state={home} />
      {entries && dismissals && (
        <>
          <HeadlineFigures figures={entries.headline} />
          <div className="home-page__sections">
            {cards && !isDismissed(cards.key, dismissed, today) && (
              <HolidayCardsReminder reminder={cards} today={today} />
            )}
            <ContactSection
              title="Due to buy"
              intro={`Clients whose rhythm says they buy again within ${settings.dueToBuyLeadWeeks} weeks, or are a little overdue.`}
              rule={dueToBuyRuleText}
              entries={visible(entries.due)}
              emptyText="No client is due to buy in the next few weeks."
              today={today}
            />
            <ContactSection
              title="Win back"
              intro={`Clients quiet for over ${settings.lapsedAfterMonths} months, by what they used to bill.`}
              entries={visible(entries.lapsed)}
              emptyText="No lapsed clients: everyone who bought has bought recently."
              today={today}
            />
            <ContactSection
              title="Check details"
              intro="Business and government clients with no business in two years: is the contact still there, in the same job?"
              entries={visible(entries.verify)}
              emptyText="Every quiet business client's details have been checked."
              today={today}
            />
          </div>
        </>
      )}
    </div>
  );
}
