package org.nj12320.bulletin.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.junit.jupiter.api.Test;

/**
 * The project's own reader of workbooks, checked cell for cell against a library's on every kind of cell a
 * spreadsheet program writes, and on what only it handles: parts named with prefixes, shared formulas, escaped
 * characters, and what it refuses.
 */
class WorkbookReaderTest {

    // ---- against the library's reader

    @Test
    void everyKindOfCellReadsAsTheLibraryReadsIt() throws Exception {
        byte[] xlsx = SheetsTest.workbook(book -> {
            Sheet s = book.createSheet("各种单元格");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            CellStyle wholePercent = book.createCellStyle();
            wholePercent.setDataFormat((short) 9);
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            CellStyle chineseDate = book.createCellStyle();
            chineseDate.setDataFormat(book.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle quotedPercent = book.createCellStyle();
            quotedPercent.setDataFormat(book.createDataFormat().getFormat("0.0\"%\""));
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("南京市儿童医院");
            r.createCell(1).setCellValue(3307);
            r.createCell(2).setCellValue(-12.5);
            r.createCell(3).setCellValue(0.1 + 0.2);
            r.createCell(4).setCellValue(0.983);
            r.getCell(4).setCellStyle(percent);
            r.createCell(5).setCellValue(0.45);
            r.getCell(5).setCellStyle(wholePercent);
            r.createCell(6).setCellValue(LocalDateTime.of(2023, 3, 15, 0, 0));
            r.getCell(6).setCellStyle(date);
            r.createCell(7).setCellValue(45000);
            r.getCell(7).setCellStyle(chineseDate);
            r.createCell(8).setCellValue(1629775);
            r.getCell(8).setCellStyle(thousands);
            r.createCell(9).setCellValue(98.3);
            r.getCell(9).setCellStyle(quotedPercent);
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue(true);
            r2.createCell(1).setCellValue(false);
            r2.createCell(2).setCellFormula("B1+C1");
            r2.createCell(3).setCellFormula("\"合\"&\"计\"");
            r2.createCell(4).setCellFormula("1/0");
            r2.createCell(5).setCellFormula("B1>0");
            r2.createCell(6).setCellValue("  ");
            r2.createCell(7).setCellValue("1,234");
            XSSFRichTextString rich = new XSSFRichTextString("南京市第一医院");
            Font bold = book.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            r2.createCell(8).setCellValue(rich);
            r2.createCell(9).setCellValue("a < b & \"c\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            r2.createCell(10).setCellFormula("B1*2"); // left without its result
            s.createRow(5).createCell(3).setCellValue("after empty rows");
        });
        assertSameAsLibrary(xlsx, null);
    }

    @Test
    void inlineStringsAsAStreamingWriterWritesThemReadAsTheLibraryReadsThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            Sheet s = book.createSheet("流式");
            for (int i = 0; i < 30; i++) {
                Row r = s.createRow(i);
                r.createCell(0).setCellValue("单位" + i);
                r.createCell(1).setCellValue(i * 1000 + 7);
            }
            book.write(out);
            book.dispose();
        }
        assertSameAsLibrary(out.toByteArray(), null);
    }

    @Test
    void theBulletinsOwnWorkbooksAndTheShippedSheetReadAsTheLibraryReadsThem() throws Exception {
        SheetTable t = SheetsTest.smallTable("2023 年 3 月", List.of(new SheetTable.Merge(1, 1, 1, 2)));
        assertSameAsLibrary(SheetWriter.xlsx(List.of(t), "bulletin", Instant.EPOCH), null);
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            List<Path> workbooks =
                    files.filter(p -> p.toString().endsWith(".xlsx")).toList();
            assertThat(workbooks).as("the shipped data holds a workbook").isNotEmpty();
            for (Path p : workbooks) {
                assertSameAsLibrary(Files.readAllBytes(p), null);
            }
        }
    }

    @Test
    void aWorkbookCountingDaysFrom1904ReadsItsDatesAsTheLibraryReadsThem() throws Exception {
        byte[] xlsx = SheetsTest.workbook(book -> {
            book.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle date = book.createCellStyle();
            date.setDataFormat((short) 14);
            Row r = book.createSheet("1904").createRow(0);
            r.createCell(0).setCellValue(43538); // 2023-03-15 counted from 1904
            r.getCell(0).setCellStyle(date);
        });
        Grid g = assertSameAsLibrary(xlsx, null);
        assertThat(g.cell(1, 1).text()).isEqualTo("2023/3/15");
    }

    // ---- what only this reader does

    @Test
    void partsWhosePrefixesAndPlacesDifferFromExcelsAreRead() throws Exception {
        byte[] xlsx = zip(Map.of(
                "_rels/.rels",
                rels("rId1", "officeDocument", "/book/main.xml"),
                "book/_rels/main.xml.rels",
                rels("s", "worksheet", "../sheets/one.xml") + rels("t", "sharedStrings", "strings.xml"),
                "book/main.xml",
                "<x:workbook xmlns:x='m' xmlns:r='r'><x:sheets><x:sheet name='表' sheetId='1' r:id='s'/>"
                        + "</x:sheets></x:workbook>",
                "book/strings.xml",
                "<x:sst xmlns:x='m'><x:si><x:t>南京市_x000D_\n口腔医院</x:t>"
                        + "<x:rPh sb='0' eb='1'><x:t>nanjing</x:t></x:rPh></x:si></x:sst>",
                "sheets/one.xml",
                "<?xml version='1.0'?><!-- a comment --><x:worksheet xmlns:x='m'><x:sheetData>"
                        + "<x:row r='2' hidden='1'><x:c r='B2' t='s'><x:v>0</x:v></x:c>"
                        + "<x:c r='C2'><x:f t='shared' ref='C2:C3' si='0'>SUM($A2:B2)</x:f><x:v>5</x:v></x:c></x:row>"
                        + "<x:row r='3'><x:c r='C3'><x:f t='shared' si='0'/></x:c>"
                        + "<x:c r='D3' t='inlineStr'><x:is><x:t><![CDATA[a<b]]></x:t></x:is></x:c></x:row>"
                        + "</x:sheetData></x:worksheet>"));
        Grid g = Sheets.read(xlsx, "t.xlsx", null);
        assertThat(g.sheet()).isEqualTo("表");
        assertThat(g.cell(2, 2).text())
                .as("an escaped return, the reading left out")
                .isEqualTo("南京市\r\n口腔医院");
        assertThat(g.cell(2, 3).number()).isEqualByComparingTo("5");
        assertThat(g.cell(3, 3).kind()).isEqualTo(GridCell.Kind.NO_RESULT);
        assertThat(g.cell(3, 3).text())
                .as("the shared formula moved down a row")
                .isEqualTo("=SUM($A3:B3)");
        assertThat(g.cell(3, 4).text()).isEqualTo("a<b");
        assertThat(g.hidden().rows()).containsExactly(2);
    }

    @Test
    void aSharedFormulaMovesItsRelativeReferencesOnly() {
        assertThat(WorkbookReader.moved("SUM(B3:E3)+$A$1+A$2+$B4", 2, 1)).isEqualTo("SUM(C5:F5)+$A$1+B$2+$B6");
        assertThat(WorkbookReader.moved("IF(A1=\"B2\",LOG10(C3),0)", 1, 0)).isEqualTo("IF(A2=\"B2\",LOG10(C4),0)");
    }

    @Test
    void dayNumbersAreTheDatesASpreadsheetShows() {
        assertThat(WorkbookReader.date(new BigDecimal("1"), false)).isEqualTo("1900/1/1");
        assertThat(WorkbookReader.date(new BigDecimal("59"), false)).isEqualTo("1900/2/28");
        assertThat(WorkbookReader.date(new BigDecimal("60"), false))
                .as("a day that never was")
                .isEqualTo("60");
        assertThat(WorkbookReader.date(new BigDecimal("61"), false)).isEqualTo("1900/3/1");
        assertThat(WorkbookReader.date(new BigDecimal("45000.75"), false)).isEqualTo("2023/3/15");
        assertThat(WorkbookReader.date(new BigDecimal("0"), true)).isEqualTo("1904/1/1");
        assertThat(WorkbookReader.date(new BigDecimal("-3"), false)).isEqualTo("-3");
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedSoNoEntityIsEverRead() throws Exception {
        byte[] xlsx = oneSheet("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                + "<worksheet><sheetData><row r='1'><c t='inlineStr'><is><t>&e;</t></is></c></row>"
                + "</sheetData></worksheet>");
        assertThatThrownBy(() -> Sheets.read(xlsx, "t.xlsx", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("工作簿已损坏，读不出来")
                .hasRootCauseMessage("not well-formed XML at character 21: a document type declaration,"
                        + " which no spreadsheet program writes");
    }

    @Test
    void rowsOutOfOrderAreADamagedWorkbookNotRowsInTheWrongPlace() throws Exception {
        byte[] xlsx = oneSheet("<worksheet><sheetData><row r='3'><c r='A3'><v>1</v></c></row>"
                + "<row r='2'><c r='A2'><v>2</v></c></row></sheetData></worksheet>");
        assertThatThrownBy(() -> Sheets.read(xlsx, "t.xlsx", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("工作簿已损坏，读不出来");
    }

    @Test
    void aWorkbookCutShortOrWithABitFlippedAnywhereIsDamagedNeverACrash() throws Exception {
        byte[] xlsx = Files.readAllBytes(Path.of("data", "2023-03", "appointments.xlsx"));
        for (int cut = 0; cut < xlsx.length; cut += 97) {
            assertReadOrRefused(java.util.Arrays.copyOf(xlsx, cut));
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] flipped = xlsx.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
            assertReadOrRefused(flipped);
        }
    }

    /** Reads the bytes as a workbook: a grid, or a refusal in the editor's words, nothing else. */
    private static void assertReadOrRefused(byte[] bytes) {
        try {
            Sheets.read(bytes, "t.xlsx", null);
        } catch (SheetException e) {
            assertThat(e.getMessage()).contains("工作簿");
        }
    }

    // ---- helpers

    /**
     * Reads the sheet with this project's reader and with the library's, and asserts that every cell comes out
     * the same; the project's grid.
     */
    private static Grid assertSameAsLibrary(byte[] xlsx, String sheet) throws Exception {
        Grid ours = Sheets.read(xlsx, "t.xlsx", sheet);
        List<List<GridCell>> theirs = new ArrayList<>();
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, true))) {
            org.dhatim.fastexcel.reader.Sheet s =
                    sheet == null ? book.getFirstSheet() : book.findSheet(sheet).orElseThrow();
            try (Stream<org.dhatim.fastexcel.reader.Row> rows = s.openStream()) {
                rows.forEach(row -> {
                    List<GridCell> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        if (c != null) {
                            cells.add(LibraryCells.of(
                                    c, row.getRowNum(), c.getAddress().getColumn() + 1));
                        }
                    }
                    theirs.add(cells);
                });
            }
        }
        int cells = 0;
        for (List<GridCell> row : theirs) {
            for (GridCell expected : row) {
                if (expected.isEmpty()) {
                    continue;
                }
                GridCell actual = ours.cell(expected.row(), expected.column());
                assertThat(actual)
                        .as("row %d, column %d", expected.row(), expected.column())
                        .isEqualTo(expected);
                cells++;
            }
        }
        long held = ours.rows().stream()
                .flatMap(List::stream)
                .filter(c -> !c.isEmpty())
                .count();
        assertThat(held).as("cells holding something").isEqualTo(cells);
        assertThat(cells).isPositive();
        return ours;
    }

    /** A workbook of one sheet whose part is the XML given, at the places Excel puts them. */
    private static byte[] oneSheet(String sheetXml) throws Exception {
        return zip(Map.of(
                "xl/workbook.xml",
                "<workbook><sheets><sheet name='a' r:id='s'/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels",
                rels("s", "worksheet", "sheet.xml"),
                "xl/sheet.xml",
                sheetXml));
    }

    private static String rels(String id, String type, String target) {
        return "<Relationship Id='" + id + "' Type='http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "' Target='" + target + "'/>";
    }

    private static byte[] zip(Map<String, String> parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                String text = p.getKey().endsWith(".rels")
                        ? "<Relationships>" + p.getValue() + "</Relationships>"
                        : p.getValue();
                zip.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
