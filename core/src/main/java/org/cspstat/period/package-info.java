/**
 * Periods of whole months: financial years (April–March, {@code 2017/18}), their quarters,
 * years to date, calendar years and month ranges. The entry point is
 * {@link org.cspstat.period.Period#parse(String)}, which reads the forms an analyst types
 * ({@code 2017/18:Q1-Q3}) into a {@link org.cspstat.period.Period} whose
 * {@link org.cspstat.period.Period#minusYears(int)} gives the same months a year earlier for a
 * like-for-like comparison; {@link org.cspstat.period.FinancialYear} builds quarters and years
 * to date.
 */
package org.cspstat.period;
