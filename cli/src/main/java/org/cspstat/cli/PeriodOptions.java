package org.cspstat.cli;

import org.cspstat.compare.Comparison;
import org.cspstat.count.CountStore;
import org.cspstat.period.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The period options shared by compare, trend, hotspots, priorities and report. */
final class PeriodOptions {
    @Option(names = "--period", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Current period: 2017/18 or 2017-18 (financial year), 2017/18:Q3, 2017/18:Q1-Q3 (year to "
                    + "date), 2017 (calendar year), 2017-04..2017-12, 2017-04 (one month) or last12 (the twelve months "
                    + "to the latest in the data). Default: the latest financial year to date in the data.")
    Period period;

    @Option(names = "--previous", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Previous period, same forms. Default: the same months one year earlier.")
    Period previous;

    @Option(names = "--allow-gaps", description = "Compare even when a period includes months without data "
            + "(rows carry a warning). Without it such a comparison fails with exit code 3.")
    boolean allowGaps;

    /** Stands for {@code last12} until the data say which months those are. */
    static final Period LAST_TWELVE = Period.of(java.time.YearMonth.of(1, 1), java.time.YearMonth.of(1, 12));

    /** @return the current period, or the default for the store */
    Period current(CountStore store) {
        if (period == LAST_TWELVE) {
            Period ytd = Comparison.latestYearToDate(store);
            return Period.of(ytd.to().minusMonths(11), ytd.to());
        }
        return period != null ? period : Comparison.latestYearToDate(store);
    }

    /** @return the previous period for a current period */
    Period previous(Period current) {
        if (previous == LAST_TWELVE) {
            throw new IllegalArgumentException("--previous last12 is not a period: give the previous period's "
                    + "months, or leave --previous out for the same months a year earlier");
        }
        return previous != null ? previous : current.minusYears(1);
    }

    /** Converts period text with the accepted forms in any error. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            if (value.strip().equalsIgnoreCase("last12")) {
                return LAST_TWELVE;
            }
            try {
                return Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
