package org.nj12320.bulletin.sheet;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows and columns of a sheet that the spreadsheet program hides ({@code <row hidden="1">}, {@code <col
 * hidden="1">} in the sheet's part), which the workbook reader does not tell. A sheet without the attribute
 * anywhere, as nearly every one is, is not parsed at all.
 */
final class HiddenCells {
    static final String RELATIONS = "xl/_rels/workbook.xml.rels";

    private static final byte[] HIDDEN = "hidden=".getBytes(StandardCharsets.US_ASCII);

    private HiddenCells() {}

    /** The parts of a workbook this needs: its relations and its sheets. */
    static boolean wanted(String part) {
        return part.equals(RELATIONS) || (part.startsWith("xl/worksheets/") && part.endsWith(".xml"));
    }

    /**
     * The hidden rows and columns of the sheet the workbook's relations name by {@code relationId}.
     *
     * @param parts the parts {@link #wanted} kept
     */
    static Hidden of(Map<String, byte[]> parts, String relationId) throws XMLStreamException {
        if (parts.entrySet().stream().noneMatch(e -> !e.getKey().equals(RELATIONS) && contains(e.getValue(), HIDDEN))) {
            return Hidden.NONE;
        }
        String target = target(parts.get(RELATIONS), relationId);
        byte[] sheet = target == null ? null : parts.get(target);
        if (sheet == null || !contains(sheet, HIDDEN)) {
            return Hidden.NONE;
        }
        Set<Integer> rows = new TreeSet<>();
        Set<Integer> columns = new TreeSet<>();
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(sheet));
        try {
            int nextRow = 1;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("row")) {
                    // a row without its number follows the one before
                    String at = r.getAttributeValue(null, "r");
                    int number = at == null ? nextRow : Integer.parseInt(at.strip());
                    nextRow = number + 1;
                    if (isTrue(r.getAttributeValue(null, "hidden"))) {
                        rows.add(number);
                    }
                } else if (name.equals("col") && isTrue(r.getAttributeValue(null, "hidden"))) {
                    int min = Integer.parseInt(r.getAttributeValue(null, "min").strip());
                    int max = Integer.parseInt(r.getAttributeValue(null, "max").strip());
                    for (int c = min; c <= Math.min(max, Sheets.MAX_COLUMNS); c++) {
                        columns.add(c);
                    }
                }
            }
        } finally {
            r.close();
        }
        return new Hidden(rows, columns);
    }

    /** The part a relation of the workbook leads to, as a name inside the archive. */
    private static String target(byte[] relations, String id) throws XMLStreamException {
        if (relations == null || id == null) {
            return null;
        }
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(relations));
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && r.getLocalName().equals("Relationship")
                        && id.equals(r.getAttributeValue(null, "Id"))) {
                    String t = r.getAttributeValue(null, "Target");
                    if (t == null) {
                        return null;
                    }
                    // relative to the workbook's folder, or from the archive's root when it starts with /
                    return t.startsWith("/") ? t.substring(1) : "xl/" + t;
                }
            }
            return null;
        } finally {
            r.close();
        }
    }

    private static boolean isTrue(String attribute) {
        return attribute != null && (attribute.equals("1") || attribute.equals("true"));
    }

    /** A reader of the workbook's own XML only: no document type, no entity from outside. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static boolean contains(byte[] bytes, byte[] what) {
        return Sheets.indexOf(bytes, what) >= 0;
    }
}
