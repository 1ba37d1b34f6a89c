package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.model.casefile.ResourceAssignment;
import cat.teixit.model.casefile.ResourceStatus;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * Demand, assessment and resource: what the person asks, what the professional assesses, and the
 * resources with their status flow and cost. Use from the FX thread.
 */
final class ResourcesPane extends CaseRecordsPane<ResourceAssignment> {

    private final ScrollPane root;
    private final TableView<ResourceAssignment> table = new TableView<>();

    ResourcesPane(CaseServices services, UUID caseFileId, Runnable onChanged) {
        super(services, caseFileId, onChanged);
        I18n i18n = s.i18n();

        ComboBox<CodeEntry> area = new ComboBox<>();
        area.setId("demand-area");
        area.getItems().setAll(s.catalogues().active(Catalogue.DEMAND_AREA));
        area.setConverter(Forms.codes(i18n));
        TextField demandText = new TextField();
        demandText.setId("demand-description");
        demandText.promptTextProperty().bind(i18n.bind("demand.description"));
        HBox.setHgrow(demandText, Priority.ALWAYS);
        Button addDemand = new Button();
        addDemand.setId("demand-add");
        addDemand.textProperty().bind(i18n.bind("demand.add"));
        addDemand.setOnAction(e -> run(() -> s.resources().addDemand(s.user(), caseFileId, null,
                area.getValue() == null ? null : area.getValue().code(), demandText.getText()), demandText::clear));

        ComboBox<CodeEntry> problem = new ComboBox<>();
        problem.setId("assessment-problem");
        problem.getItems().setAll(s.catalogues().active(Catalogue.PROBLEM_CATEGORY));
        problem.setConverter(Forms.codes(i18n));
        ComboBox<CodeEntry> risk = new ComboBox<>();
        risk.setId("assessment-risk");
        risk.getItems().setAll(s.catalogues().active(Catalogue.RISK_LEVEL));
        risk.setConverter(Forms.codes(i18n));
        TextField notes = new TextField();
        notes.promptTextProperty().bind(i18n.bind("assessment.notes"));
        HBox.setHgrow(notes, Priority.ALWAYS);
        Button addAssessment = new Button();
        addAssessment.setId("assessment-add");
        addAssessment.textProperty().bind(i18n.bind("assessment.add"));
        addAssessment.setOnAction(e -> run(() -> s.resources().addAssessment(s.user(), caseFileId, null, null,
                problem.getValue() == null ? List.of() : List.of(problem.getValue().code()),
                risk.getValue() == null ? null : risk.getValue().code(), notes.getText()), notes::clear));

        SearchableComboBox<CodeEntry> resource = new SearchableComboBox<>();
        resource.setId("resource-type");
        resource.getItems().setAll(s.catalogues().active(Catalogue.RESOURCE_TYPE));
        resource.setConverter(Forms.converter(c -> c.code() + " " + c.label(i18n.language())));
        resource.setPrefWidth(420);
        TextField cost = new TextField();
        cost.setId("resource-cost");
        cost.setPrefColumnCount(8);
        cost.promptTextProperty().bind(i18n.bind("resource.cost.prompt"));
        Button propose = new Button();
        propose.setId("resource-propose");
        propose.textProperty().bind(i18n.bind("resource.propose"));
        propose.setOnAction(e -> {
            Long cents;
            try {
                cents = cost.getText().isBlank() ? null
                        : new BigDecimal(cost.getText().strip().replace(".", "").replace(',', '.')).movePointRight(2)
                                .longValueExact();
            } catch (ArithmeticException | NumberFormatException x) {
                error.setText(i18n.t("resource.error.cost"));
                return;
            }
            run(() -> s.resources().propose(s.user(), caseFileId, null, null, null,
                    resource.getValue() == null ? null : resource.getValue().code(), cents, null), cost::clear);
        });

        table.setId("resource-table");
        table.setPlaceholder(new Label(i18n.t("resource.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(260);
        table.getColumns().add(Forms.column(i18n, "resource.column.resource",
                r -> s.catalogues().label(Catalogue.RESOURCE_TYPE, r.getResourceCode(), i18n.language())));
        table.getColumns().add(Forms.column(i18n, "resource.column.status", r -> i18n.t(statusKey(r.getStatus()))));
        table.getColumns().add(Forms.column(i18n, "resource.column.since",
                r -> i18n.formatDate(r.getStatusAt().atZone(I18n.ZONE).toLocalDate())));
        table.getColumns().add(Forms.column(i18n, "resource.column.cost", r -> r.getCostCents() == null ? ""
                : NumberFormat.getCurrencyInstance(i18n.language().locale()).format(r.getCostCents() / 100.0)));
        TableColumn<ResourceAssignment, ResourceAssignment> actions = new TableColumn<>();
        actions.textProperty().bind(i18n.bind("resource.column.next"));
        actions.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        actions.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResourceAssignment r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || ResourceService.next(r.getStatus()).isEmpty() || !isEditable()) {
                    setGraphic(null);
                    return;
                }
                MenuButton move = new MenuButton(i18n.t("resource.move"));
                move.getStyleClass().add(Styles.SMALL);
                for (ResourceStatus to : ResourceService.next(r.getStatus())) {
                    MenuItem item = new MenuItem(i18n.t(statusKey(to)));
                    item.setOnAction(e -> run(() -> s.resources().changeStatus(s.user(), r.getId(), r.getRowVersion(), to,
                            null), () -> { }));
                    move.getItems().add(item);
                }
                setGraphic(move);
            }
        });
        table.getColumns().add(actions);

        HBox demandRow = row(area, demandText, addDemand);
        HBox assessmentRow = row(problem, risk, notes, addAssessment);
        HBox resourceRow = row(resource, cost, propose);
        VBox box = new VBox(10, editing(Forms.title(i18n, "demand.title")), editing(demandRow),
                editing(Forms.title(i18n, "assessment.title")), editing(assessmentRow),
                editing(Forms.title(i18n, "resource.title")), editing(resourceRow), error, table);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    private static HBox row(Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    static String statusKey(ResourceStatus st) {
        return switch (st) {
            case PROPOSED -> "resource.status.proposed";
            case REQUESTED -> "resource.status.requested";
            case GRANTED -> "resource.status.granted";
            case DENIED -> "resource.status.denied";
            case STARTED -> "resource.status.started";
            case FINISHED -> "resource.status.finished";
        };
    }

    @Override
    protected java.util.List<ResourceAssignment> load() {
        return s.resources().resources(s.user(), caseFileId);
    }

    @Override
    protected void show(java.util.List<ResourceAssignment> records) {
        table.getItems().setAll(records);
    }

    @Override
    Node node() {
        return root;
    }
}
