package org.cspstat.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** summary.md read by a CommonMark parser as a reader's viewer would read it. */
class SummaryCommonMarkTest {
    private static final List<Extension> GFM = List.of(TablesExtension.create());

    @Test
    void thePrioritiesAreOneNumberedListAndNoListIsNested() {
        ReportPack pack = NumbersForPeopleTest.samplePack();
        String md = MarkdownReport.render(pack, n -> "charts/" + n + ".png");
        Node doc = Parser.builder().extensions(GFM).build().parse(md);
        List<OrderedList> ordered = new ArrayList<>();
        List<ListItem> nested = new ArrayList<>();
        int[] tables = new int[1];
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(OrderedList list) {
                ordered.add(list);
                visitChildren(list);
            }

            @Override
            public void visit(ListItem item) {
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof OrderedList || c instanceof BulletList) {
                        nested.add(item);
                    }
                }
                visitChildren(item);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof TableBlock) {
                    tables[0]++;
                }
                visitChildren(block);
            }
        });
        assertTrue(nested.isEmpty(), "nested lists: " + nested.size());
        assertEquals(1, ordered.size(), "one numbered list, the priorities");
        int items = 0;
        for (Node n = ordered.get(0).getFirstChild(); n != null; n = n.getNext()) {
            items++;
        }
        long priorities = pack.sections().stream().filter(s -> s.id().equals("priorities"))
                .flatMap(s -> s.points().stream()).filter(ReportText::numbered).count();
        assertEquals(priorities, items);
        assertEquals(pack.tables().size(), tables[0], "every table is a GFM table");
    }

    @Test
    void theRawFileHasNoEntitiesAndTheRenderedPageShowsTheSignsAsText() {
        ReportPack pack = NumbersForPeopleTest.samplePack();
        String md = MarkdownReport.render(pack, n -> "charts/" + n + ".png");
        assertFalse(md.contains("&lt;") || md.contains("&gt;") || md.contains("&amp;"), "entities in the raw file");
        String html = HtmlRenderer.builder().extensions(GFM).build()
                .render(Parser.builder().extensions(GFM).build().parse(md));
        // a p-value below 0.001 reaches the page as text, not as a tag
        assertTrue(html.contains("&lt;0.001"), "p < 0.001 lost");
        assertFalse(html.contains("<0.001"), "an unescaped angle bracket reached the HTML");
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        assertEquals("2024\\. was a year", MarkdownReport.text("2024. was a year"));
        assertEquals("\\- not a bullet", MarkdownReport.text("- not a bullet"));
        assertEquals("a \\<b\\> \\*c\\*", MarkdownReport.text("a <b> *c*"));
    }
}
