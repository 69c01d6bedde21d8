package org.cspstat.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LsoaNamesTest {
    @Test
    void theDistrictIsTheNameBeforeTheLsoaNumber() {
        assertEquals(Optional.of("Stevenage"), LsoaNames.district("Stevenage 008D"));
        assertEquals(Optional.of("St Albans"), LsoaNames.district(" St Albans 012A "));
        assertEquals(Optional.of("King's Lynn and West Norfolk"), LsoaNames.district("King's Lynn and West Norfolk 001A"));
        assertEquals(Optional.of("Isles of Scilly"), LsoaNames.district("Isles of Scilly 001"));
    }

    @Test
    void namesOfAnotherFormHaveNoDistrict() {
        assertEquals(Optional.empty(), LsoaNames.district(""));
        assertEquals(Optional.empty(), LsoaNames.district(null));
        assertEquals(Optional.empty(), LsoaNames.district("Stevenage"));
        assertEquals(Optional.empty(), LsoaNames.district("Town Centre beat 12"));
        assertEquals(Optional.empty(), LsoaNames.district("008D"));
    }
}
