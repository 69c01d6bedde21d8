package org.cspstat.count;

import java.time.YearMonth;

/**
 * Packs a count cell (category, month, place) into one {@code long}: 8 bits of category id,
 * 20 bits of month index ({@code year * 12 + month - 1}) and 36 bits of place id (an area id
 * plus one, 0 meaning no area; or a snap-point id). A packed key is never 0 because a month
 * index is at least 12 for any year from 1.
 */
final class Keys {
    static final int MAX_CATEGORIES = 256;
    static final long MAX_PLACES = 1L << 36;

    private Keys() {
    }

    static long pack(int category, int month, long place) {
        return ((long) category << 56) | ((long) month << 36) | place;
    }

    static int category(long key) {
        return (int) (key >>> 56);
    }

    static int month(long key) {
        return (int) ((key >>> 36) & 0xFFFFF);
    }

    static long place(long key) {
        return key & (MAX_PLACES - 1);
    }

    static int monthIndex(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    static YearMonth yearMonth(int index) {
        return YearMonth.of(index / 12, index % 12 + 1);
    }
}
