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
            description = "Current period: 2017/18 (financial year), 2017/18:Q3, 2017/18:Q1-Q3 (year to date), "
                    + "2017 (calendar year) or 2017-04..2017-12. Default: the latest financial year to date in the data.")
    Period period;

    @Option(names = "--previous", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Previous period, same forms. Default: the same months one year earlier.")
    Period previous;

    @Option(names = "--allow-gaps", description = "Compare even when a period includes months without data "
            + "(rows carry a warning). Without it such a comparison fails with exit code 3.")
    boolean allowGaps;

    /** @return the current period, or the default for the store */
    Period current(CountStore store) {
        return period != null ? period : Comparison.latestYearToDate(store);
    }

    /** @return the previous period for a current period */
    Period previous(Period current) {
        return previous != null ? previous : current.minusYears(1);
    }

    /** Converts period text with the accepted forms in any error. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return Period.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
