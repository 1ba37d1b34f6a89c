package cat.teixit.logic.reports;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.logic.settings.Language;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cat.teixit.persistence.InstanceLock;
import cat.teixit.app.Workstation;
import org.apache.commons.csv.CSVFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same figures in CSV and in XLSX (read back with POI), numbers and dates as real cells. */
class ReportExportTest {

    @TempDir
    static Path dir;

    static Indicators year;
    static List<ReportTable> tables;
    /** A quarter of every team montse sees (her own and Salt, granted), and of her team alone, in Catalan. */
    static Indicators everyTeam;
    static Indicators oneTeam;
    /** "Every team" chosen by montse herself, who sees her own team only. */
    static Indicators everyTeamOfOne;
    /** Laia's caseload in that quarter. */
    static Indicators caseload;
    static String teamName;
    static String laiaName;

    @BeforeAll
    static void build() throws Exception {
        try (ReportDataset data = new ReportDataset(dir.resolve("store"))) {
            year = data.reports.compute(data.f.montse, new ReportService.Scope(Period.year(2025), "GIR-N", null),
                    Language.SPANISH);
            cat.teixit.logic.auth.CurrentUser m = data.f.montse;
            cat.teixit.logic.auth.CurrentUser area = new cat.teixit.logic.auth.CurrentUser(m.id(), m.username(),
                    m.displayName(), m.roles(), m.teamId(), m.teamName(), m.areaName(), m.scope(),
                    java.util.Map.of(data.f.pau.scope(), false));
            everyTeam = data.reports.compute(area, new ReportService.Scope(Period.quarter(2025, 1), null, null),
                    Language.CATALAN);
            oneTeam = data.reports.compute(m, new ReportService.Scope(Period.quarter(2025, 1), "GIR-N", null),
                    Language.CATALAN);
            everyTeamOfOne = data.reports.compute(m, new ReportService.Scope(Period.quarter(2025, 1), null, null),
                    Language.CATALAN);
            caseload = data.reports.compute(m, new ReportService.Scope(Period.quarter(2025, 1), "GIR-N",
                    data.f.laia.id()), Language.CATALAN);
            teamName = m.teamName();
            laiaName = data.f.laia.displayName();
        }
        tables = ReportTables.of(year, new ReportTexts(Language.SPANISH));
    }

    @Test
    void thePrintedReportShowsEveryRowOfTheSameTables() throws Exception {
        byte[] pdf;
        Path store = dir.resolve("store");
        try (Workstation w = Workstation.open(store, InstanceLock.acquire(store), TestKeys.KEY, true)) {
            pdf = w.reportFiles().pdf(year, Language.SPANISH);
        }
        String text;
        List<String> contents;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // The contents (cover) give each section's page: the page its heading is on.
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            contents = cover.getText(doc).lines().filter(l -> l.matches("\\d+\\. .+ \\d+")).toList();
            assertThat(contents).hasSize(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                String line = contents.get(i);
                int page = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
                PDFTextStripper onPage = new PDFTextStripper();
                onPage.setStartPage(page);
                onPage.setEndPage(page);
                assertThat(onPage.getText(doc)).as(line).contains((i + 1) + ". " + tables.get(i).name());
            }
        }
        for (ReportTable table : tables) {
            assertThat(text).contains(table.name());
            for (List<Object> row : table.rows()) {
                String cells = String.join(" ", row.stream().map(c -> ReportCells.text(c, Language.SPANISH)).toList())
                        .replaceAll("\\s+", " ").strip();
                assertThat(text).as(table.name()).contains(cells);
            }
        }
        assertThat(text).contains("Espera a la primera visita").contains("16,5").contains("60,0");
        assertThat(cat.teixit.logic.documents.DocumentFixture.pdfaProblems(pdf)).as("PDF/A-3b with charts").isNull();
    }

    @Test
    void aReportIsTitledWhatItCovers() throws Exception {
        String area = coverTitle(everyTeam, Language.CATALAN);
        assertThat(area).isEqualTo("Informe de l’àrea · 2025-Q1").doesNotContainIgnoringCase("equip");
        assertThat(coverTitle(everyTeam, Language.SPANISH)).isEqualTo("Informe del área · 2025-Q1");
        assertThat(coverTitle(everyTeam, Language.ENGLISH)).isEqualTo("Area report · 2025-Q1");
        assertThat(coverTitle(oneTeam, Language.CATALAN)).isEqualTo("Informe de l’equip · 2025-Q1");
        assertThat(coverText(oneTeam, Language.CATALAN)).as("the cover names the team").contains(teamName);
        // "Every team" of a lead who sees one team is that team's report, named so.
        assertThat(coverTitle(everyTeamOfOne, Language.CATALAN)).isEqualTo("Informe de l’equip · 2025-Q1");
        assertThat(everyTeamOfOne.scopeLabel()).isEqualTo(teamName);
        // One professional's caseload is neither the team's nor the area's.
        assertThat(coverTitle(caseload, Language.CATALAN)).isEqualTo("Informe de la càrrega de treball · 2025-Q1");
        assertThat(coverTitle(caseload, Language.SPANISH)).isEqualTo("Informe de la carga de trabajo · 2025-Q1");
        assertThat(coverTitle(caseload, Language.ENGLISH)).isEqualTo("Caseload report · 2025-Q1");
        assertThat(coverText(caseload, Language.CATALAN)).contains(teamName + " · " + laiaName);
    }

    /** The first page's text of the printed report of {@code in}, whitespace folded. */
    private static String coverText(Indicators in, Language language) throws Exception {
        byte[] pdf;
        Path store = dir.resolve("store");
        try (Workstation w = Workstation.open(store, InstanceLock.acquire(store), TestKeys.KEY, true)) {
            pdf = w.reportFiles().pdf(in, language);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            return cover.getText(doc);
        }
    }

    /** The cover's heading: the line before the scope's (the page's header, the council's, comes first). */
    private static String coverTitle(Indicators in, Language language) throws Exception {
        List<String> lines = coverText(in, language).lines().map(String::strip).toList();
        String scope = new ReportTexts(language).t("report.row.scope");
        int at = 0;
        while (!lines.get(at).startsWith(scope)) {
            at++;
        }
        return lines.get(at - 1);
    }

    @Test
    void chartsShowTheTablesFiguresAndArePrintedAsVectorBars() throws Exception {
        List<ReportCharts.Chart> charts = ReportCharts.of(year, new ReportTexts(Language.SPANISH));
        ReportCharts.Chart kinds = charts.stream().filter(c -> c.table() == ReportTables.INTERVENTIONS).findFirst()
                .orElseThrow();
        // The same figures as the table, in its order; the confidential row is a part of them, not a bar.
        List<List<Object>> rows = tables.get(ReportTables.INTERVENTIONS).rows();
        for (int i = 0; i < kinds.bars().size(); i++) {
            assertThat(kinds.bars().get(i).label()).isEqualTo(rows.get(i).get(0));
            assertThat(kinds.bars().get(i).valueText()).isEqualTo(ReportCells.text(rows.get(i).get(1), Language.SPANISH));
        }
        ReportCharts.Chart waiting = charts.stream().filter(c -> c.table() == 13).findFirst().orElseThrow();
        assertThat(waiting.bars().getFirst()).extracting(ReportCharts.Bar::value, ReportCharts.Bar::valueText)
                .containsExactly(16.5, "16,5");
        assertThat(charts).extracting(ReportCharts.Chart::colour).allMatch(ReportCharts.PALETTE::contains);

        byte[] pdf;
        Path store = dir.resolve("store");
        try (Workstation w = Workstation.open(store, InstanceLock.acquire(store), TestKeys.KEY, true)) {
            pdf = w.reportFiles().pdf(year, Language.SPANISH);
        }
        long bars = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    assertThat(page.getResources().getXObject(name)).as("no raster image")
                            .isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
                }
                // A bar: the fill colour set to one of the palette's, then a rectangle filled.
                List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
                boolean palette = false;
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                        if (List.of("rg", "sc", "scn").contains(op.getName()) && i >= 3) {
                            palette = isPalette(tokens.subList(i - 3, i));
                        } else if (op.getName().equals("re") && palette) {
                            bars++;
                        }
                    }
                }
            }
        }
        long drawn = charts.stream().mapToLong(c -> c.bars().stream().filter(b -> b.value() > 0).count()).sum();
        assertThat(bars).as("a rectangle in a palette colour per bar").isEqualTo(drawn);
    }

    private static boolean isPalette(List<Object> rgb) {
        java.awt.Color c = new java.awt.Color(number(rgb.get(0)), number(rgb.get(1)), number(rgb.get(2)));
        return ReportCharts.PALETTE.stream().map(java.awt.Color::decode).anyMatch(c::equals);
    }

    private static float number(Object token) {
        return ((org.apache.pdfbox.cos.COSNumber) token).floatValue();
    }

    @Test
    void csvAndXlsxHoldTheSameFigures() throws Exception {
        Path csvFile = dir.resolve("out/report.csv");
        Path xlsxFile = dir.resolve("out/report.xlsx");
        ReportExport.toFile(csvFile, out -> ReportExport.csv(tables, out));
        ReportExport.toFile(xlsxFile, out -> ReportExport.xlsx(tables, out));

        List<List<List<String>>> csv = csvSections(Files.readString(csvFile, StandardCharsets.UTF_8));
        List<List<List<String>>> xlsx = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsxFile); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(tables.size());
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                Sheet sheet = wb.getSheetAt(s);
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        cells.add(asCsv(row.getCell(i)));
                    }
                    rows.add(cells);
                }
                xlsx.add(rows);
            }
        }
        assertThat(xlsx).isEqualTo(csv);
        // Spot checks against the dataset's known answers.
        List<List<String>> summary = csv.get(1);
        assertThat(summary.get(1)).containsExactly("Personas atendidas", "2", "1", "1");
        assertThat(csv.get(5)).anySatisfy(r -> assertThat(r).containsExactly("1.1.2.1", "Servicio de ayuda a domicilio",
                "2", "1", "1", "120.00"));
    }

    @Test
    void numbersAmountsAndDatesAreCellsOfTheirKind() throws Exception {
        Path xlsxFile = dir.resolve("kinds.xlsx");
        ReportExport.toFile(xlsxFile, out -> ReportExport.xlsx(tables, out));
        try (InputStream in = Files.newInputStream(xlsxFile); Workbook wb = WorkbookFactory.create(in)) {
            Cell from = wb.getSheetAt(0).getRow(2).getCell(1);
            assertThat(from.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(from)).isTrue();
            assertThat(from.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(wb.getSheetAt(1).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(wb.getSheetAt(5).getRow(1).getCell(5).getNumericCellValue()).isEqualTo(120.0);
            // A change from the previous period is a number too, shown with its sign.
            Cell change = wb.getSheetAt(1).getRow(1).getCell(3);
            assertThat(change.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(change.getNumericCellValue()).isEqualTo(1.0);
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(change)).isEqualTo("+1");
        }
        // On the screen and on paper: +1, -5, 0, grouped as the language groups.
        assertThat(ReportCells.text(new ReportTable.Change(1), Language.CATALAN)).isEqualTo("+1");
        assertThat(ReportCells.text(new ReportTable.Change(-1_250), Language.CATALAN)).isEqualTo("-1.250");
        assertThat(ReportCells.text(new ReportTable.Change(0), Language.ENGLISH)).isEqualTo("0");
        assertThat(ReportCells.text(new ReportTable.Change(1_250), Language.ENGLISH)).isEqualTo("+1,250");
        assertThat(ReportCells.isNumber(new ReportTable.Change(-3))).isTrue();
    }

    @Test
    void sheetNamesAreOnesASpreadsheetAcceptsAndStayDistinct() throws Exception {
        String longName = "Persones ateses per districte i grup de nacionalitat: Ciutat Vella / Gràcia";
        List<ReportTable> odd = List.of(
                new ReportTable(longName, List.of("A"), List.<List<Object>>of(List.of("x"))),
                new ReportTable(longName, List.of("A"), List.<List<Object>>of(List.of("y"))),
                new ReportTable("'[Demandes]?'", List.of("A"), List.<List<Object>>of(List.of("z"))));
        Path xlsxFile = dir.resolve("names.xlsx");
        ReportExport.toFile(xlsxFile, out -> ReportExport.xlsx(odd, out));
        try (InputStream in = Files.newInputStream(xlsxFile); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).hasSizeLessThanOrEqualTo(31).startsWith("Persones ateses per districte");
            assertThat(wb.getSheetName(1)).hasSizeLessThanOrEqualTo(31).endsWith(" (2)");
            assertThat(wb.getSheetName(2)).isEqualTo("Demandes");
            assertThat(wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue()).isEqualTo("y");
        }
    }

    /** Each section of the CSV: its rows after its name, up to the empty line. */
    private static List<List<List<String>>> csvSections(String text) throws Exception {
        assertThat(text).startsWith("\ufeff");
        List<List<List<String>>> sections = new ArrayList<>();
        List<List<String>> current = null;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text.substring(1)))) {
            List<String> cells = r.toList();
            if (current == null) {
                current = new ArrayList<>();
                sections.add(current);
            } else if (cells.size() == 1 && cells.getFirst().isEmpty()) {
                current = null;
            } else {
                current.add(cells);
            }
        }
        return sections;
    }

    /** A cell read back the way the CSV writes its value. */
    private static String asCsv(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return "";
        }
        if (c.getCellType() == CellType.STRING) {
            return c.getStringCellValue();
        }
        if (DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String format = c.getCellStyle().getDataFormatString();
        double v = c.getNumericCellValue();
        if (format.contains("€")) {
            return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return format.equals("0.0") ? Double.toString(v) : Long.toString((long) v);
    }
}
