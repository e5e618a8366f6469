package org.nj12320.bulletin.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.nj12320.bulletin.layout.Tag;

/**
 * The document's logical structure as tagged PDF has it: an element for every tag that holds content (table
 * cells even when empty, since a table's grid needs them), its kids in reading order, each piece of content
 * by its marked-content number on its page, and the parent tree that leads from a page's marked content back
 * to its element.
 */
final class StructureTree {
    /** Elements kept even when they hold nothing: the cells of a table's grid. */
    private static final Set<String> KEPT_EMPTY = Set.of("TD", "TH", "TR");

    private final Tag root;
    // sized for the tree once its tags are counted: an annual issue has thousands of cells, and growing a map
    // of that size step by step was a part of drawing its pages to be seen
    private final Map<Tag, COSDictionary> elements;
    private final Map<Tag, Tag> parents = new IdentityHashMap<>();
    private final List<COSArray> parentTree = new ArrayList<>();
    private final Map<Tag.Slot, List<int[]>> marks;
    private final List<PDPage> pages = new ArrayList<>();
    private COSArray current;

    StructureTree(Tag root) {
        this.root = root;
        index(root);
        elements = new IdentityHashMap<>(parents.size() + 1);
        marks = new IdentityHashMap<>(parents.size() + 1);
    }

    private void index(Tag t) {
        for (Object k : t.kids()) {
            if (k instanceof Tag kid) {
                parents.put(kid, t);
                index(kid);
            }
        }
    }

    void startPage(PDPage page) {
        pages.add(page);
        current = new COSArray();
        parentTree.add(current);
    }

    /** A new marked-content number on the current page for content of the slot. */
    int mark(Tag.Slot slot) {
        int mcid = current.size();
        current.add(element(slot.owner()));
        marks.computeIfAbsent(slot, s -> new ArrayList<>(1)).add(new int[] {pages.size() - 1, mcid});
        return mcid;
    }

    private COSDictionary element(Tag t) {
        COSDictionary d = elements.get(t);
        if (d == null) {
            d = new COSDictionary();
            d.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            d.setItem(COSName.S, COSName.getPDFName(t.role()));
            if (t.alt() != null) {
                d.setItem(COSName.ALT, new COSString(t.alt()));
            }
            if (t.title() != null) {
                d.setItem(COSName.T, new COSString(t.title()));
            }
            if (!t.attributes().isEmpty()) {
                COSDictionary a = new COSDictionary();
                a.setItem(COSName.O, COSName.getPDFName("Table"));
                for (Map.Entry<String, String> e : t.attributes().entrySet()) {
                    a.setItem(COSName.getPDFName(e.getKey()), value(e.getValue()));
                }
                d.setItem(COSName.A, a);
            }
            elements.put(t, d);
        }
        return d;
    }

    private static COSBase value(String v) {
        // asked of every tag's attributes: a look at the chars, no pattern compiled
        boolean digits = !v.isEmpty() && v.length() < 19;
        for (int i = 0; digits && i < v.length(); i++) {
            digits = v.charAt(i) >= '0' && v.charAt(i) <= '9';
        }
        return digits ? COSInteger.get(Long.parseLong(v)) : COSName.getPDFName(v);
    }

    /** Writes the tree into the document, once every page is drawn. */
    void finish(PDDocument doc) {
        Map<Tag, Boolean> holds = new HashMap<>();
        content(root, holds);
        COSDictionary top = build(root, null, holds);
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        COSDictionary treeDict = tree.getCOSObject();
        top.setItem(COSName.P, treeDict);
        treeDict.setItem(COSName.K, top);
        COSArray nums = new COSArray();
        for (int i = 0; i < parentTree.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(parentTree.get(i));
        }
        COSDictionary numberTree = new COSDictionary();
        numberTree.setItem(COSName.NUMS, nums);
        treeDict.setItem(COSName.PARENT_TREE, numberTree);
        treeDict.setInt(COSName.PARENT_TREE_NEXT_KEY, parentTree.size());
        doc.getDocumentCatalog().setStructureTreeRoot(tree);
    }

    /** Whether a tag holds content, itself or in an element inside it. */
    private boolean content(Tag t, Map<Tag, Boolean> holds) {
        boolean any = false;
        for (Object k : t.kids()) {
            if (k instanceof Tag kid) {
                any |= content(kid, holds);
            } else if (marks.containsKey(k)) {
                any = true;
            }
        }
        holds.put(t, any);
        return any;
    }

    private COSDictionary build(Tag t, COSDictionary parent, Map<Tag, Boolean> holds) {
        COSDictionary d = element(t);
        if (parent != null) {
            d.setItem(COSName.P, parent);
        }
        COSArray kids = new COSArray();
        PDPage page = null;
        for (Object k : t.kids()) {
            if (k instanceof Tag kid) {
                if (holds.get(kid) || keptEmpty(kid)) {
                    kids.add(build(kid, d, holds));
                }
                continue;
            }
            for (int[] m : marks.getOrDefault(k, List.of())) {
                PDPage on = pages.get(m[0]);
                if (page == null) {
                    page = on;
                    d.setItem(COSName.PG, on.getCOSObject());
                }
                if (on == page) {
                    kids.add(COSInteger.get(m[1]));
                } else {
                    COSDictionary mcr = new COSDictionary();
                    mcr.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                    mcr.setItem(COSName.PG, on.getCOSObject());
                    mcr.setInt(COSName.MCID, m[1]);
                    kids.add(mcr);
                }
            }
        }
        d.setItem(COSName.K, kids);
        return d;
    }

    private boolean keptEmpty(Tag t) {
        if (!KEPT_EMPTY.contains(t.role())) {
            return false;
        }
        // a cell or row of a table that has content somewhere
        Tag p = parents.get(t);
        while (p != null && !p.role().equals("Table")) {
            p = parents.get(p);
        }
        return p != null;
    }
}
