package org.cspstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Document;
import org.commonmark.parser.Parser;
import org.cspstat.format.MarkdownText;
import org.cspstat.report.FileStems;

/**
 * Issue 15, item 8: the output naming and escaping that data reach. For any names, file stems
 * are bounded, of safe characters, and unique; escaped Markdown renders (CommonMark 0.32.0) to
 * one paragraph of plain text equal to the input; terminal text holds no control character.
 * {@code JAZZER_FUZZ=1} fuzzes; the seeds run in every build.
 */
class OutputNamingFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void fileStemsAreBoundedSafeAndUnique(FuzzedDataProvider data) {
        List<String> names = new ArrayList<>();
        int n = data.consumeInt(1, 8);
        for (int i = 0; i < n; i++) {
            names.add(data.consumeString(400));
        }
        Map<String, String> stems = FileStems.of(names);
        assertEquals(new HashSet<>(names).size(), new HashSet<>(stems.values()).size(), stems.toString());
        for (String stem : stems.values()) {
            assertTrue(stem.matches("[a-z0-9][a-z0-9-]*") && stem.length() <= FileStems.MAX_LENGTH + 9, stem);
        }
        assertEquals(stems, FileStems.of(names), "stable");
    }

    @FuzzTest(maxDuration = "20s")
    void escapedMarkdownRendersAsTheTextItself(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        String printable = org.cspstat.format.TableFormat.printable(s).strip();
        if (printable.isEmpty() || !printable.equals(org.cspstat.format.TableFormat.printable(s))) {
            return; // leading or trailing blanks are trimmed by Markdown itself, not a forged element
        }
        Node doc = Parser.builder().build().parse(MarkdownText.escape(s));
        StringBuilder text = new StringBuilder();
        List<String> other = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visitChildren(Node parent) {
                for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Text t) {
                        text.append(t.getLiteral());
                    } else if (c instanceof SoftLineBreak) {
                        text.append('\n');
                    } else if (!(c instanceof Paragraph || c instanceof Document)) {
                        other.add(c.getClass().getSimpleName());
                    }
                    visitChildren(c);
                }
            }
        });
        assertEquals(List.of(), other, s);
        assertEquals(printable, text.toString(), s);
    }

    @FuzzTest(maxDuration = "10s")
    void terminalTextHoldsNoControlCharacter(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        String clean = Terminal.clean(s);
        assertFalse(clean.substring(0, Math.max(0, clean.length() - 1)).chars()
                .anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f || c >= 0x80 && c < 0xa0), clean);
    }
}
