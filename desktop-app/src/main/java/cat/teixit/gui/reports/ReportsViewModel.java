package cat.teixit.gui.reports;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.reports.Figure;
import cat.teixit.logic.reports.Indicators;
import cat.teixit.logic.reports.Period;
import cat.teixit.logic.reports.ReportCharts;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportFiles;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.reports.ReportTable;
import cat.teixit.logic.reports.ReportTables;
import cat.teixit.logic.reports.ReportTexts;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports area's state: the period and team chosen, the indicators as tables, and the case files behind any
 * figure (never through a confidential entry), from which a case file opens. Team leads see their teams; another professional
 * their own caseload. Computed in the background, with its progress, and cancellable: a cancelled computation leaves
 * the figures shown as they were. Use from the FX thread.
 */
public final class ReportsViewModel {

    /** The professional choice meaning every case file, whoever its reference. */
    public static final ReportService.Professional EVERYONE = new ReportService.Professional(null, "", "");

    /** The team choice meaning every team the user sees. */
    public static final ReportService.TeamChoice ALL = new ReportService.TeamChoice("", "", "");

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ReportService reports;
    private final ReportFiles files;
    public final StringProperty period = new SimpleStringProperty();
    public final StringProperty periodTo = new SimpleStringProperty("");
    public final ObjectProperty<ReportService.TeamChoice> team = new SimpleObjectProperty<>(ALL);
    public final ObservableList<ReportService.TeamChoice> teams = FXCollections.observableArrayList();
    /** Whose caseload the report covers ({@link #EVERYONE}: every case file). */
    public final ObjectProperty<ReportService.Professional> professional = new SimpleObjectProperty<>(EVERYONE);
    public final ObservableList<ReportService.Professional> professionals = FXCollections.observableArrayList();
    public final BooleanProperty busy = new SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(-1);
    /** True while a computation runs (and can be cancelled). */
    public final BooleanProperty computing = new SimpleBooleanProperty();
    private UiExecutor.Task running;
    /** A message key, or null. */
    public final StringProperty error = new SimpleStringProperty();
    public final ObjectProperty<Indicators> indicators = new SimpleObjectProperty<>();
    public final ObservableList<ReportTable> tables = FXCollections.observableArrayList();
    /** The charts of the report shown, each of one of {@link #tables} (set before the tables change). */
    public final ObservableList<ReportCharts.Chart> charts = FXCollections.observableArrayList();
    /** What the list of case files shown is behind ("Intervencions · Visita a domicili"); null before a choice. */
    public final StringProperty drillTitle = new SimpleStringProperty();
    public final ObservableList<ReportService.CaseFileItem> drillItems = FXCollections.observableArrayList();
    /** The name of the file last written, or null. */
    public final StringProperty saved = new SimpleStringProperty();
    private ReportService.Scope computed;

    public ReportsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, ReportService reports, ReportFiles files,
            LocalDate today) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.reports = reports;
        this.files = files;
        period.set(Integer.toString(today.getYear() - 1));
    }

    /** Reads the teams the user may choose. */
    public void load() {
        executor.run(() -> reports.teams(user), list -> {
            teams.setAll(ALL);
            teams.addAll(list);
        }, e -> error.set("report.error.failed"));
        if (reports.mayViewTeamReports(user)) {
            executor.run(() -> reports.professionals(user), list -> {
                professionals.setAll(EVERYONE);
                professionals.addAll(list);
            }, e -> error.set("report.error.failed"));
        }
    }

    /** Computes the indicators of the period and team chosen; a period that cannot be read is named, nothing runs. */
    public void compute() {
        Period p;
        try {
            p = Period.parse(period.get(), periodTo.get() == null || periodTo.get().isBlank() ? null : periodTo.get());
        } catch (IllegalArgumentException e) {
            error.set("report.error.period");
            return;
        }
        ReportService.TeamChoice t = team.get();
        ReportService.Professional pro = professional.get();
        ReportService.Scope scope = new ReportService.Scope(p, t == null || t == ALL ? null : t.code(),
                !reports.mayViewTeamReports(user) ? user.id() : pro == null ? null : pro.id());
        error.set(null);
        busy.set(true);
        progress.set(-1);
        var language = i18n.language();
        UiExecutor.Task[] task = new UiExecutor.Task[1];
        ReportService.Progress told = (done, total) -> executor.onUiThread(() -> {
            if (running == task[0]) {
                progress.set((double) done / total);
            }
        });
        task[0] = executor.run(() -> reports.compute(user, scope, language, told), in -> {
            running(null);
            busy.set(false);
            computed = scope;
            indicators.set(in);
            charts.setAll(ReportCharts.of(in, new ReportTexts(language)));
            tables.setAll(ReportTables.of(in, new ReportTexts(language)));
            drillTitle.set(null);
            drillItems.clear();
        }, e -> {
            running(null);
            busy.set(false);
            if (!(e instanceof java.util.concurrent.CancellationException)) {
                error.set(failure(e));
            }
        });
        if (!task[0].isDone()) {
            running(task[0]);
        }
    }

    /** Stops the computation under way, if any: the figures shown stay those of the last one finished. */
    public void cancel() {
        UiExecutor.Task task = running;
        if (task == null) {
            return;
        }
        running(null);
        task.cancel();
        busy.set(false);
        progress.set(-1);
        error.set("report.cancelled");
    }

    private void running(UiExecutor.Task task) {
        running = task;
        computing.set(task != null);
    }

    /** How far the computation under way has gone, from 0 to 1; negative while not known. */
    public javafx.beans.property.DoubleProperty progressProperty() {
        return progress;
    }

    /**
     * The case files behind row {@code row} of table {@code table} (nothing for a row that counts nothing to list,
     * such as the confidential interventions or the report's dates); the list is titled with the table and the row.
     */
    public void drillDown(int table, int row) {
        if (table < 0 || table >= tables.size() || computed == null) {
            return;
        }
        ReportTable t = tables.get(table);
        Figure figure = t.figure(row).orElse(null);
        if (figure == null) {
            return;
        }
        String what = t.name() + " · " + t.rows().get(row).stream().filter(String.class::isInstance).map(String.class::cast)
                .filter(s -> !s.isBlank()).limit(2).collect(java.util.stream.Collectors.joining(" "));
        ReportService.Scope scope = computed;
        executor.run(() -> reports.caseFiles(user, scope, figure), items -> {
            drillTitle.set(what);
            drillItems.setAll(items);
        }, e -> error.set(failure(e)));
    }

    /** What a computation that failed says: a first sync filling the store says so; anything else, that it failed. */
    private static String failure(Throwable e) {
        return e instanceof ReportService.FirstSyncUnderwayException ? "report.error.firstSync" : "report.error.failed";
    }

    /** A suggested file name for the report shown, in {@code format}: {@code informe-2025.xlsx}. */
    public String fileName(ReportExport.Format format) {
        Indicators in = indicators.get();
        String label = in == null ? "" : "-" + in.period().label().replace("..", "-");
        return i18n.t("report.fileName") + label + "." + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Writes the report shown to {@code file} as {@code format} in the background; {@link #saved} names it. */
    public void export(ReportExport.Format format, Path file) {
        Indicators in = indicators.get();
        if (in == null || file == null) {
            return;
        }
        var language = i18n.language();
        Background.saveFile(executor, busy, () -> {
            files.write(user, in, format, language, file);
            return file;
        }, saved, error, "report.error.export");
    }

    /** True when the report covers the user's teams, not only their own caseload. */
    public boolean teamReports() {
        return reports.mayViewTeamReports(user);
    }
}
