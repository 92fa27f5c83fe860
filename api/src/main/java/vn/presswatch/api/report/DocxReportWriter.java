package vn.presswatch.api.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes a {@link ReportDocument} as a Word document laid out per Decree 30/2020/NĐ-CP (shared REPORT-FORMAT.md):
 * A4 portrait, margins 20/20/30/15 mm, Times New Roman, the two-column header with the national name and motto,
 * "BÁO CÁO" and its summary, justified 14 pt body with 1 cm first-line indent, tables with repeated header rows,
 * the signature and "Nơi nhận" block, and page numbers centred in the header from page 2. The clerk edits it
 * as any Word file.
 */
public final class DocxReportWriter {
    static final String FONT = "Times New Roman";
    /** Page and margins in twips (1 mm = 56.69 twips). */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 850;
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int HEADER_LEFT = 3685;
    private static final int HEADER_RIGHT = TEXT_WIDTH - HEADER_LEFT;
    private static final int CELL_MARGIN = 57;
    private static final int SIGNATURE_LEFT = 3969;
    private static final int SIGNATURE_RIGHT = TEXT_WIDTH - SIGNATURE_LEFT;
    private static final int BODY_SIZE = 14;
    private static final int FIRST_LINE_INDENT = 567;
    /** The motto line is as long as the motto: about 60 mm at 14 pt bold. */
    private static final int MOTTO_LINE = 3400;
    /** Rough width of one upper-case bold character at 13 pt, for the short line under the issuing body. */
    private static final int UPPER_CHAR_13 = 160;
    /** Rough width of one bold character at 14 pt in running text, for the line under the summary. */
    private static final int TEXT_CHAR_14 = 125;

    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    public void write(ReportDocument report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            fonts(doc);
            pageNumbers(doc);
            header(doc, report.issuer());
            title(doc, report.summary());
            addressees(doc, report.addressees());
            body(doc, report.body());
            signature(doc, report.signature(), report.recipients());
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** Every script range in Times New Roman: without hAnsi, letters such as ộ, ư, đ would fall back to another font. */
    private static void fonts(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage("vi-VN");
    }

    /** Page numbers centred in the top margin, from page 2 (the first-page header stays empty). */
    private static void pageNumbers(XWPFDocument doc) {
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        XWPFRun run = p.createRun();
        style(run, 14, false, false);
    }

    private static void header(XWPFDocument doc, ReportDocument.Issuer issuer) {
        XWPFTable table = fixedTable(doc, 2, HEADER_LEFT, HEADER_RIGHT);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph first = left.getParagraphs().get(0);
        if (issuer.parentBody() != null && !issuer.parentBody().isBlank()) {
            centred(first, issuer.parentBody().toUpperCase(Locale.ROOT), 13, false, false);
            first = left.addParagraph();
        }
        centred(first, issuer.issuingBody().toUpperCase(Locale.ROOT), 13, true, false);
        int longest = longestLine(issuer.issuingBody());
        int line = Math.max(800, (int) (longest * UPPER_CHAR_13 * 0.4));
        shortLine(left.addParagraph(), HEADER_LEFT - 2 * CELL_MARGIN, line);

        XWPFTableCell right = table.getRow(0).getCell(1);
        centred(right.getParagraphs().get(0), NATIONAL_NAME, 13, true, false);
        centred(right.addParagraph(), MOTTO, 14, true, false);
        shortLine(right.addParagraph(), HEADER_RIGHT - 2 * CELL_MARGIN, MOTTO_LINE);

        centred(table.getRow(1).getCell(0).getParagraphs().get(0),
                AdministrativeDates.numberLine(issuer.number(), issuer.symbol()), 13, false, false);
        centred(table.getRow(1).getCell(1).getParagraphs().get(0),
                AdministrativeDates.placeAndDate(issuer.place(), issuer.date()), 14, false, true);
    }

    private static void title(XWPFDocument doc, String summary) {
        XWPFParagraph type = doc.createParagraph();
        centred(type, "BÁO CÁO", 14, true, false);
        type.setSpacingBefore(480);
        XWPFParagraph line = doc.createParagraph();
        centred(line, summary, 14, true, false);
        int width = Math.min(TEXT_WIDTH, summary.length() * TEXT_CHAR_14);
        shortLine(doc.createParagraph(), TEXT_WIDTH, Math.max(1000, (int) (width * 0.4)));
    }

    private static void addressees(XWPFDocument doc, List<String> addressees) {
        if (addressees.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(240);
        XWPFRun label = p.createRun();
        style(label, BODY_SIZE, false, false);
        label.setText("Kính gửi: ");
        if (addressees.size() == 1) {
            XWPFRun only = p.createRun();
            style(only, BODY_SIZE, false, false);
            only.setText(addressees.get(0) + ".");
            return;
        }
        for (int i = 0; i < addressees.size(); i++) {
            XWPFRun run = p.createRun();
            style(run, BODY_SIZE, false, false);
            if (i > 0) {
                run.addBreak();
                run.setText("\t\t");
            }
            run.setText("- " + addressees.get(i) + (i == addressees.size() - 1 ? "." : ";"));
        }
    }

    private static void body(XWPFDocument doc, List<ReportDocument.Block> blocks) throws IOException {
        int lastParagraph = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof ReportDocument.Paragraph) {
                lastParagraph = i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            ReportDocument.Block block = blocks.get(i);
            if (block instanceof ReportDocument.Heading h) {
                XWPFParagraph p = bodyParagraph(doc);
                p.setKeepNext(true);
                if (h.level() == 1) {
                    p.setSpacingBefore(240);
                }
                String text = h.level() == 1 ? h.text().toUpperCase(new Locale("vi")) : h.text();
                add(p, h.label() + ". " + text, BODY_SIZE, true, false);
            } else if (block instanceof ReportDocument.Paragraph para) {
                XWPFParagraph p = bodyParagraph(doc);
                String text = para.text();
                // Every administrative text ends with "./." after its last sentence.
                if (i == lastParagraph && !text.endsWith("./.")) {
                    text = text.endsWith(".") ? text + "/." : text + "./.";
                }
                add(p, text, BODY_SIZE, false, false);
                if (i == lastParagraph) {
                    p.setKeepNext(true);
                }
            } else if (block instanceof ReportDocument.Table t) {
                table(doc, t);
            } else if (block instanceof ReportDocument.Image image) {
                picture(doc, image);
            }
        }
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_INDENT);
        p.setSpacingBefore(120);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.15);
        return p;
    }

    private static void table(XWPFDocument doc, ReportDocument.Table t) {
        if (t.unit() != null && !t.unit().isBlank()) {
            XWPFParagraph unit = doc.createParagraph();
            unit.setAlignment(ParagraphAlignment.RIGHT);
            unit.setSpacingBefore(120);
            unit.setKeepNext(true);
            add(unit, "Đơn vị tính: " + t.unit(), 13, false, true);
        }
        int total = t.weights().stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[t.weights().size()];
        int used = 0;
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == widths.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * t.weights().get(c) / total;
            used += widths[c];
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, widths.length);
        layout(table, widths);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingBefore(40);
                p.setSpacingAfter(40);
                if (r == 0) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    add(p, t.header().get(c), 13, true, false);
                } else {
                    p.setAlignment(c >= t.numericFrom() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                    add(p, t.rows().get(r - 1).get(c), 13, false, false);
                }
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void picture(XWPFDocument doc, ReportDocument.Image image) throws IOException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        p.setKeepNext(true);
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(image.png()), Document.PICTURE_TYPE_PNG, "chart.png",
                    Units.toEMU(image.widthMm() * 72.0 / 25.4), Units.toEMU(image.heightMm() * 72.0 / 25.4));
        } catch (InvalidFormatException e) {
            throw new IOException("chart image is not a valid PNG", e);
        }
        if (image.caption() != null && !image.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            add(caption, image.caption(), 13, false, true);
        }
    }

    private static void signature(XWPFDocument doc, ReportDocument.Signature signature, List<String> recipients) {
        XWPFTable table = fixedTable(doc, 1, SIGNATURE_LEFT, SIGNATURE_RIGHT);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph label = left.getParagraphs().get(0);
        label.setSpacingBefore(240);
        add(label, "Nơi nhận:", 12, true, true);
        for (String recipient : recipients) {
            XWPFParagraph p = left.addParagraph();
            p.setSpacingBefore(0);
            p.setSpacingAfter(0);
            add(p, "- " + recipient, 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph first = right.getParagraphs().get(0);
        first.setSpacingBefore(240);
        for (int i = 0; i < signature.authorityLines().size(); i++) {
            XWPFParagraph p = i == 0 ? first : right.addParagraph();
            centred(p, signature.authorityLines().get(i).toUpperCase(new Locale("vi")), 14, true, false);
        }
        for (int i = 0; i < 4; i++) {
            centred(right.addParagraph(), "", 14, false, false);
        }
        centred(right.addParagraph(), signature.signerName(), 14, true, false);
    }

    /** A borderless table of fixed column widths (the header and the signature blocks). */
    private static XWPFTable fixedTable(XWPFDocument doc, int rows, int... widths) {
        XWPFTable table = doc.createTable(rows, widths.length);
        table.removeBorders();
        layout(table, widths);
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        return table;
    }

    /** Fixed layout with a grid: LibreOffice sizes columns from tblGrid, Word from each cell's width. */
    private static void layout(XWPFTable table, int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        table.setWidth(Integer.toString(total));
        CTTblLayoutType type = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        type.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        }
    }

    /**
     * A solid line of {@code length} twips centred in {@code width}: an empty 3 pt paragraph with a bottom border,
     * narrowed by its indents: the decree's short lines under the issuer, the motto and the summary.
     */
    private static void shortLine(XWPFParagraph p, int width, int length) {
        int indent = Math.max(0, (width - Math.min(length, width)) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(3, LineSpacingRule.EXACT);
        p.setBorderBottom(Borders.SINGLE);
        CTBorder bottom = p.getCTP().getPPr().getPBdr().getBottom();
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        // The paragraph mark at 1 pt too, or its default size would push the line up into the text above.
        p.getCTP().getPPr().addNewRPr().addNewSz().setVal(BigInteger.valueOf(2));
        XWPFRun run = p.createRun();
        run.setFontSize(1);
    }

    private static void centred(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0);
        add(p, text, size, bold, italic);
    }

    /** Adds text as runs, one line per run with breaks between them. */
    private static void add(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        style(run, size, bold, italic);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void style(XWPFRun run, int size, boolean bold, boolean italic) {
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
