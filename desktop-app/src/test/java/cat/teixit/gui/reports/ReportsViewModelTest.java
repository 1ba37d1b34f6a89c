package cat.teixit.gui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.reports.ReportDataset;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportFiles;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.reports.ReportTables;
import cat.teixit.logic.settings.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports area without the toolkit: filters, the tables, the drill-down that never lists a confidential entry. */
class ReportsViewModelTest {

    @TempDir
    static Path dir;

    static ReportDataset data;

    @BeforeAll
    static void build() throws Exception {
        data = new ReportDataset(dir);
    }

    @AfterAll
    static void close() {
        data.close();
    }

    private static ReportsViewModel model() {
        ReportsViewModel vm = new ReportsViewModel(data.f.montse, new SameThreadUiExecutor(), new I18n(Language.CATALAN),
                data.reports, new ReportFiles(null), LocalDate.of(2026, 12, 5)); // no documents: CSV and XLSX only
        vm.load();
        return vm;
    }

    @Test
    void computesTheLastYearForTheChosenTeamAndDrillsDownToCaseFiles() {
        ReportsViewModel vm = model();
        assertThat(vm.period.get()).isEqualTo("2025");
        assertThat(vm.teams).extracting(ReportService.TeamChoice::code).containsExactly("", "GIR-N");
        vm.team.set(vm.teams.get(1));
        vm.compute();
        assertThat(vm.error.get()).isNull();
        assertThat(vm.tables).hasSize(16);
        assertThat(vm.charts).extracting(cat.teixit.logic.reports.ReportCharts.Chart::table)
                .contains(cat.teixit.logic.reports.ReportTables.INTERVENTIONS, 13, 14);
        assertThat(vm.indicators.get().current().people()).isEqualTo(2);

        vm.drillDown(ReportTables.INTERVENTIONS, 0);
        assertThat(vm.drillTitle.get()).isEqualTo("Intervencions · Entrevista al despatx");
        assertThat(vm.drillItems).extracting(ReportService.CaseFileItem::caseFileId).containsExactly(data.caseA);
        vm.drillDown(ReportTables.INTERVENTIONS, 1);
        assertThat(vm.drillItems).as("the confidential home visit is counted, not listed").isEmpty();
        vm.drillDown(ReportTables.INTERVENTIONS, 6);
        assertThat(vm.drillTitle.get()).as("the confidential row has nothing behind it")
                .endsWith("Visita a domicili");
        vm.drillDown(1, 0);
        assertThat(vm.drillTitle.get()).startsWith("Resum · ");
        assertThat(vm.drillItems).as("the people attended: both case files of the team")
                .extracting(ReportService.CaseFileItem::caseFileId).containsExactly(data.caseA, data.caseB);
    }

    @Test
    void whileAFirstSyncFillsTheStoreTheReportSaysSoAndComputesNothing() {
        ReportsViewModel vm = model();
        data.firstSync.set(true);
        try {
            vm.period.set("2025");
            vm.compute();
            assertThat(vm.error.get()).isEqualTo("report.error.firstSync");
            assertThat(vm.indicators.get()).isNull();
        } finally {
            data.firstSync.set(false);
        }
        vm.compute();
        assertThat(vm.error.get()).isNull();
        assertThat(vm.indicators.get()).isNotNull();
    }

    @Test
    void oneProfessionalsCaseload() {
        ReportsViewModel vm = model();
        assertThat(vm.professionals).extracting(ReportService.Professional::username).contains("", "laia", "jordi")
                .doesNotContain("pau");
        vm.professional.set(vm.professionals.stream().filter(p -> "jordi".equals(p.username())).findFirst()
                .orElseThrow());
        vm.compute();
        assertThat(vm.indicators.get().current().opened()).isZero();
        assertThat(vm.indicators.get().scopeLabel()).endsWith("Jordi Serra Vidal");
    }

    @Test
    void theReportShownIsSavedToAFile() throws Exception {
        ReportsViewModel vm = model();
        vm.compute();
        assertThat(vm.fileName(ReportExport.Format.XLSX)).isEqualTo("informe-2025.xlsx");
        Path file = dir.resolve("out").resolve(vm.fileName(ReportExport.Format.CSV));
        vm.export(ReportExport.Format.CSV, file);
        assertThat(vm.saved.get()).isEqualTo("informe-2025.csv");
        assertThat(Files.readString(file)).contains("Persones ateses,2,1,1");
    }

    @Test
    void aPeriodThatCannotBeReadIsNamed() {
        ReportsViewModel vm = model();
        vm.period.set("2025-13");
        vm.compute();
        assertThat(vm.error.get()).isEqualTo("report.error.period");
        assertThat(vm.tables).isEmpty();
    }

    /** Runs at once, or holds the work while {@code hold} (a computation under way), dropping it when cancelled. */
    static final class HoldingExecutor implements cat.teixit.gui.common.UiExecutor {
        boolean hold;
        boolean cancelled;
        final SameThreadUiExecutor now = new SameThreadUiExecutor();

        @Override
        public <T> Task run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            if (!hold) {
                return now.run(work, onSuccess, onFailure);
            }
            return new Task() {
                @Override
                public void cancel() {
                    cancelled = true;
                }

                @Override
                public boolean isDone() {
                    return cancelled;
                }
            };
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }
    }

    @Test
    void aCancelledComputationLeavesThePreviousFigures() {
        HoldingExecutor executor = new HoldingExecutor();
        ReportsViewModel vm = new ReportsViewModel(data.f.montse, executor, new I18n(Language.CATALAN), data.reports,
                new ReportFiles(null), LocalDate.of(2026, 12, 5));
        vm.load();
        vm.compute();
        cat.teixit.logic.reports.Indicators shown = vm.indicators.get();
        assertThat(shown.period().label()).isEqualTo("2025");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.computing.get()).isFalse();

        executor.hold = true;
        vm.period.set("2024");
        vm.compute();
        assertThat(vm.computing.get()).isTrue();
        assertThat(vm.busy.get()).isTrue();
        vm.cancel();
        assertThat(executor.cancelled).isTrue();
        assertThat(vm.computing.get()).isFalse();
        assertThat(vm.busy.get()).isFalse();
        assertThat(vm.error.get()).isEqualTo("report.cancelled");
        assertThat(vm.indicators.get()).isSameAs(shown);
        assertThat(vm.tables).hasSize(16);
    }
}
