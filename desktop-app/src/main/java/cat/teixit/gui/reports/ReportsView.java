package cat.teixit.gui.reports;

import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Focus;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.reports.ReportExport;
import cat.teixit.logic.reports.ReportService;
import cat.teixit.logic.reports.ReportTable;
import cat.teixit.logic.reports.ReportTables;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Reports area: period and team, the indicator tables, and on the right the case files behind the row chosen in
 * any table that counts something (double-click or Enter opens the case file). Thin: the state is the view model's.
 */
public final class ReportsView extends NodeView<BorderPane> {


    private final ReportsViewModel vm;
    private final I18n i18n;
    private final VBox tablesBox = new VBox(8);

    public ReportsView(ReportsViewModel vm, I18n i18n, Consumer<UUID> openCaseFile) {
        super(new BorderPane());
        this.vm = vm;
        this.i18n = i18n;
        root.setId("reports");
        root.setTop(filters());
        tablesBox.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(tablesBox);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(scroll, drill(openCaseFile));
        split.setDividerPositions(0.70);
        root.setCenter(split);
        vm.tables.addListener((ListChangeListener<ReportTable>) c -> showTables());
        vm.load();
    }

    private Node filters() {
        TextField period = Fields.text("report-period", vm.period);
        period.setPrefColumnCount(10);
        TextField to = Fields.text("report-period-to", vm.periodTo);
        to.setPrefColumnCount(10);
        ComboBox<ReportService.TeamChoice> team = new ComboBox<>(vm.teams);
        team.setId("report-team");
        team.valueProperty().bindBidirectional(vm.team);
        team.setConverter(shown(t -> t == null || t == ReportsViewModel.ALL ? i18n.t("report.scope.all")
                : t.code() + " · " + t.name()));
        team.setDisable(!vm.teamReports());
        ComboBox<ReportService.Professional> pro = new ComboBox<>(vm.professionals);
        pro.setId("report-professional");
        pro.valueProperty().bindBidirectional(vm.professional);
        pro.setConverter(shown(p -> p == null || p == ReportsViewModel.EVERYONE ? i18n.t("report.everyone") : p.name()));
        pro.setDisable(!vm.teamReports());
        Button compute = Focus.keptAcrossItsWork(new Button());
        compute.setId("report-compute");
        compute.textProperty().bind(i18n.bind("report.compute"));
        compute.setDefaultButton(true);
        compute.disableProperty().bind(vm.busy);
        compute.setOnAction(e -> vm.compute());
        javafx.scene.control.ProgressBar busy = new javafx.scene.control.ProgressBar();
        busy.setId("report-progress");
        busy.setPrefWidth(140);
        busy.progressProperty().bind(vm.progressProperty());
        busy.visibleProperty().bind(vm.computing);
        busy.managedProperty().bind(vm.computing);
        Button cancel = Buttons.action(i18n, "report-cancel", "report.cancel", vm::cancel);
        cancel.setCancelButton(true);
        cancel.visibleProperty().bind(vm.computing);
        cancel.managedProperty().bind(vm.computing);
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(i18n.bindKey(vm.error));
        Label saved = new Label();
        saved.textProperty().bind(i18n.bindWith("report.saved", vm.saved));
        FlowPane bar = new FlowPane(8, 6, label("report.period", period), period, label("report.periodTo", to), to,
                label("report.team", team), team, label("report.professional", pro), pro, compute, exportButton("report.saveXlsx", ReportExport.Format.XLSX),
                exportButton("report.savePdf", ReportExport.Format.PDF),
                exportButton("report.saveCsv", ReportExport.Format.CSV), busy, cancel, error, saved);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Labels and buttons keep their whole text: the bar wraps instead.
        bar.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        bar.setPadding(new Insets(8));
        return bar;
    }

    /** Saves the report shown as {@code format} where the user chooses (disabled until there is one). */
    private Button exportButton(String key, ReportExport.Format format) {
        Button b = Focus.keptAcrossItsWork(new Button());
        b.setId("report-export-" + format.name().toLowerCase(java.util.Locale.ROOT));
        b.textProperty().bind(i18n.bind(key));
        b.disableProperty().bind(vm.indicators.isNull().or(vm.busy));
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.fileName(format));
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                vm.export(format, file.toPath());
            }
        });
        return b;
    }

    /** Shows choices as {@code text} gives them (the lists are not typed into). */
    private static <T> StringConverter<T> shown(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Label label(String key, Node target) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(target);
        return l;
    }

    private Node drill(Consumer<UUID> openCaseFile) {
        Label title = new Label();
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.drillTitle.get() == null
                ? i18n.t("report.drill.hint")
                : i18n.t("report.drill.title", vm.drillTitle.get(), vm.drillItems.size()),
                vm.drillTitle, vm.drillItems, i18n.shownLanguage()));
        TableView<ReportService.CaseFileItem> items = Focus.firstRowOnKeyboardFocus(
                new TableView<>(vm.drillItems));
        items.setId("report-drill");
        // JavaFX's own "No content in table" is English only.
        Label none = new Label(i18n.t("report.drill.empty"));
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        items.setPlaceholder(none);
        TableColumn<ReportService.CaseFileItem, String> number = new TableColumn<>();
        number.textProperty().bind(i18n.bind("report.drill.case"));
        number.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().caseNumber()));
        TableColumn<ReportService.CaseFileItem, String> date = new TableColumn<>();
        date.textProperty().bind(i18n.bind("report.drill.date"));
        date.setCellValueFactory(cd -> new ReadOnlyStringWrapper(i18n.formatDate(cd.getValue().date())));
        // The date keeps its width; the case number (EXP-2025-6A1F0-000123) takes the rest.
        date.setMinWidth(96);
        date.setMaxWidth(96);
        items.getColumns().add(number);
        items.getColumns().add(date);
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        Runnable open = () -> {
            ReportService.CaseFileItem item = items.getSelectionModel().getSelectedItem();
            if (item != null) {
                openCaseFile.accept(item.caseFileId());
            }
        };
        items.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open.run();
            }
        });
        items.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.run();
            }
        });
        VBox box = new VBox(6, title, items);
        box.setPadding(new Insets(8));
        VBox.setVgrow(items, javafx.scene.layout.Priority.ALWAYS);
        return box;
    }

    private void showTables() {
        tablesBox.getChildren().clear();
        List<ReportTable> tables = vm.tables;
        for (int i = 0; i < tables.size(); i++) {
            ReportTable t = tables.get(i);
            Label name = new Label(t.name());
            name.getStyleClass().add("section-title");
            TableView<List<Object>> view = ReportTableView.of(t, i18n.language(), i18n.t("report.empty"));
            int index = i;
            vm.charts.stream().filter(c -> c.table() == index).findFirst()
                    .ifPresent(c -> tablesBox.getChildren().addAll(name, ReportChartView.of(c)));
            if (i == ReportTables.INTERVENTIONS) {
                view.setId("report-interventions");
            }
            view.getProperties().put("report-table", i);
            if (t.figures().stream().anyMatch(java.util.Objects::nonNull)) {
                // Choosing a row (click, arrows) lists the case files behind it on the right.
                view.getStyleClass().add("drillable");
                view.getSelectionModel().selectedIndexProperty().addListener((obs, old, row) -> {
                    if (row.intValue() >= 0) {
                        vm.drillDown(index, row.intValue());
                    }
                });
            }
            if (!tablesBox.getChildren().contains(name)) {
                tablesBox.getChildren().add(name);
            }
            tablesBox.getChildren().add(view);
        }
    }
}
