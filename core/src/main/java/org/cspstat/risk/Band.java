package org.cspstat.risk;

import java.util.Locale;

/** A risk band with its RAG (red, amber, green) colour, lowest first. */
public enum Band {
    /** Below the MEDIUM threshold; green. */
    LOW("green"),
    /** From the MEDIUM threshold up to, not including, the HIGH threshold; amber. */
    MEDIUM("amber"),
    /** From the HIGH threshold up; red. */
    HIGH("red");

    private final String rag;

    Band(String rag) {
        this.rag = rag;
    }

    /** @return the RAG colour in lower case: {@code green}, {@code amber} or {@code red} */
    public String rag() {
        return rag;
    }

    /** @return the band's name in lower case, for prose */
    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
