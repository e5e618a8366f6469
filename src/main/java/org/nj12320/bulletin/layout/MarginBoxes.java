package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What stands in a page's margins: the running heads and page numbers, laid out for each page. */
final class MarginBoxes {
    private MarginBoxes() {}

    static List<Op> draw(PageStyle.MarginBox box, PageStyle page, int number, Map<String, List<Block>> running) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (PageStyle.Part part : box.parts()) {
            if (part instanceof PageStyle.Part.Literal l) {
                text.append(l.text());
            } else if (part instanceof PageStyle.Part.PageNumber) {
                text.append(number);
            } else if (part instanceof PageStyle.Part.Running r) {
                blocks.addAll(running.getOrDefault(r.name(), List.of()));
            }
        }
        if (text.length() > 0) {
            blocks.add(
                    0,
                    new Block.Paragraph(
                            BoxStyle.NONE,
                            List.of(new Inline.Text(text.toString(), box.style())),
                            box.style(),
                            ParagraphStyle.DEFAULT.withAlign(box.align()),
                            null,
                            null));
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        // margin boxes are no content of the document: their elements go nowhere
        Stacker.Stacked s = Stacker.stack(blocks, 0, page.contentWidth(), new Tag("Artifact"));
        float y = switch (box.place()) {
            case TOP -> box.toContent() ? page.margin().top() - box.gap() - s.height() : box.gap();
            case BOTTOM ->
                box.toContent()
                        ? page.height() - page.margin().bottom() + box.gap()
                        : page.height() - box.gap() - s.height();
        };
        List<Op> out = new ArrayList<>(s.ops().size());
        for (Op op : s.ops()) {
            out.add(op.moved(page.margin().left(), y, box.artifact()));
        }
        return out;
    }
}
