package org.cspstat.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void aScriptInALocationBecomesText() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
    }

    @Test
    void escapesAmpersandsFirstAndBothQuotes() {
        assertEquals("Potter&#39;s &amp; &quot;Co&quot; &amp;amp;", Html.escape("Potter's & \"Co\" &amp;"));
    }

    @Test
    void leavesOtherTextAloneAndTurnsNullIntoNothing() {
        assertEquals("On or near Café – 5% ▲", Html.escape("On or near Café – 5% ▲"));
        assertEquals("", Html.escape(null));
    }
}
