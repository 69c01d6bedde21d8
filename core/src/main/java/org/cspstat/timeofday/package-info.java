/**
 * When incidents happen: counts by weekday and hour of the day from exports whose dates carry a
 * time ({@link org.cspstat.timeofday.TimeOfDay}); police.uk publishes the month only.
 */
package org.cspstat.timeofday;
