package cat.teixit.gui.audit;

import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.audit.AuditTrail;
import cat.teixit.logic.common.EnumKeys;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Auditoria area (team leads): who accessed a case file; what a professional did in a period; the list saved as
 * PDF/A. Thin: the state is the view model's.
 */
public final class AuditView extends NodeView<BorderPane> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(AuditViewModel.ZONE);

    private final AuditViewModel vm;
    private final I18n i18n;

    public AuditView(AuditViewModel vm, I18n i18n) {
        super(new BorderPane());
        this.vm = vm;
        this.i18n = i18n;
        root.setId("audit");
        root.setTop(new VBox(4, byCaseFile(), byProfessional(), status()));
        root.setCenter(table());
        vm.load();
    }

    private FlowPane byCaseFile() {
        TextField number = Fields.text("audit-case-number", vm.caseNumber);
        number.setPrefColumnCount(12);
        number.setOnAction(e -> vm.byCaseFile());
        Button go = button("audit-by-case", "audit.byCaseFile");
        go.setOnAction(e -> vm.byCaseFile());
        return bar(label("audit.caseNumber"), number, go);
    }

    private FlowPane byProfessional() {
        ComboBox<AuditTrail.Professional> pro = new ComboBox<>(vm.professionals);
        pro.setId("audit-professional");
        pro.valueProperty().bindBidirectional(vm.professional);
        pro.setConverter(Choices.shown(AuditTrail.Professional::displayName));
        DatePicker from = Fields.date(i18n, "audit-from", vm.from);
        DatePicker to = Fields.date(i18n, "audit-to", vm.to);
        Button go = button("audit-by-professional", "audit.byProfessional");
        go.setOnAction(e -> vm.byProfessional());
        return bar(label("audit.professional"), pro, label("audit.from"), from, label("audit.to"), to, go);
    }

    private FlowPane status() {
        Button pdf = button("audit-export-pdf", "audit.savePdf");
        pdf.disableProperty().bind(vm.title.isEmpty().or(vm.busy));
        pdf.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.fileName());
            java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
            if (file != null) {
                vm.exportPdf(file.toPath());
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busy);
        Label title = new Label();
        title.setId("audit-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(vm.title);
        Label error = new Label();
        error.setId("audit-error");
        error.getStyleClass().add("error");
        error.textProperty().bind(i18n.bindKey(vm.error));
        Label saved = new Label();
        saved.textProperty().bind(i18n.bindWith("audit.saved", vm.saved));
        return bar(title, pdf, busy, error, saved);
    }

    private TableView<AuditTrail.Row> table() {
        TableView<AuditTrail.Row> table = new TableView<>(vm.rows);
        table.setId("audit-rows");
        table.getColumns().add(column("audit.column.at", r -> WHEN.format(r.at()), 150));
        table.getColumns().add(column("audit.column.professional", AuditTrail.Row::professional, 200));
        table.getColumns().add(column("audit.column.action", r -> i18n.t(EnumKeys.auditAction(r.action())), 140));
        table.getColumns().add(column("audit.column.what", AuditTrail.Row::entityType, 150));
        table.getColumns().add(column("audit.column.caseFile", AuditTrail.Row::caseNumber, 130));
        table.getColumns().add(column("audit.column.detail", AuditTrail.Row::detail, 160));
        table.getColumns().add(column("audit.column.device", AuditTrail.Row::device, 160));
        table.placeholderProperty().set(new Label(i18n.t("audit.none")));
        BorderPane.setMargin(table, new Insets(0, 8, 8, 8));
        return table;
    }

    private TableColumn<AuditTrail.Row, String> column(String key, Function<AuditTrail.Row, String> value,
            double width) {
        TableColumn<AuditTrail.Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private Button button(String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        return b;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private static FlowPane bar(Node... nodes) {
        FlowPane bar = new FlowPane(8, 6, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        bar.getChildren().forEach(n -> {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    /** Lists the case file {@code caseFileId} at once (opened from the case file's button). */
    public void showCaseFile(java.util.UUID caseFileId, String number) {
        vm.showCaseFile(caseFileId, number);
    }
}
