package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.casefile.DemandRow.Row;
import cat.teixit.gui.casefile.DemandsViewModel.Form;
import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.catalogue.Catalogue;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.logic.common.EnumKeys;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.ResourceStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.controlsfx.control.SearchableComboBox;

/**
 * The form of the "Demands and resources" tab being filled in (a demand, an assessment, a resource,
 * a resource's next status), with what it answers in words. Use from the FX thread.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemandForm {

    private final DemandsViewModel vm;
    private final I18n i18n;
    private final Codes codes;

    Node node() {
        ComboBox<CodeEntry> area = codes(Catalogue.DEMAND_AREA, "demand-area", "demands.prompt.area");
        area.valueProperty().bindBidirectional(vm.demandArea);
        TextField description = text("demand-description", "demand.description", vm.demandText);
        Node demand = fields(Form.DEMAND, "demand-save", "demand.add",
                field("demands.field.area", area), grow(field("demands.field.description", description)));

        ComboBox<CodeEntry> problem = codes(Catalogue.PROBLEM_CATEGORY, "assessment-problem",
                "demands.prompt.problem");
        problem.valueProperty().bindBidirectional(vm.problem);
        ComboBox<CodeEntry> risk = codes(Catalogue.RISK_LEVEL, "assessment-risk", "demands.prompt.risk");
        risk.valueProperty().bindBidirectional(vm.risk);
        TextField notes = text("assessment-notes", "assessment.notes", vm.assessmentNotes);
        Node assessment = fields(Form.ASSESSMENT, "assessment-save", "assessment.add",
                field("demands.field.problem", problem), field("demands.field.risk", risk),
                grow(field("demands.field.notes", notes)));

        SearchableComboBox<CodeEntry> type = new SearchableComboBox<>();
        type.setId("resource-type");
        type.getItems().setAll(codes.offered(Catalogue.RESOURCE_TYPE));
        type.setConverter(Forms.converter(c -> c.code() + " " + c.label(i18n.language())));
        type.promptTextProperty().bind(i18n.bind("demands.prompt.resource"));
        type.setPrefWidth(420);
        type.valueProperty().bindBidirectional(vm.resourceType);
        TextField cost = text("resource-cost", "resource.cost.prompt", vm.cost);
        cost.setPrefColumnCount(9);
        Node resource = fields(Form.RESOURCE, "resource-propose", "resource.propose",
                field("demands.field.resource", type), field("demands.field.cost", cost));

        ComboBox<ResourceStatus> next = new ComboBox<>(vm.nextStatuses);
        next.setId("resource-next-status");
        next.setConverter(Forms.converter(st -> i18n.t(EntryLabels.resourceStatus(st))));
        next.promptTextProperty().bind(i18n.bind("demands.prompt.status"));
        next.valueProperty().bindBidirectional(vm.nextStatus);
        TextField statusCost = text("resource-status-cost", "resource.cost.prompt", vm.statusCost);
        statusCost.setPrefColumnCount(9);
        ComboBox<Funding> funding = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Funding.values()));
        funding.setId("resource-funding");
        funding.setConverter(Forms.converter(f -> i18n.t(EnumKeys.funding(f))));
        funding.promptTextProperty().bind(i18n.bind("resource.funding.prompt"));
        funding.valueProperty().bindBidirectional(vm.statusFunding);
        Node status = fields(Form.STATUS, "resource-status-save", "demands.save.status",
                field("demands.field.status", next), field("demands.field.cost", statusCost),
                field("resource.funding", funding));

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.form.get()) {
            case NONE -> "";
            case DEMAND -> i18n.t("demands.new.demand");
            case ASSESSMENT -> i18n.t("demands.new.assessment");
            case RESOURCE -> i18n.t("demands.new.resource");
            case STATUS -> i18n.t("resource.move");
        }, vm.form, i18n.shownLanguage()));
        Label link = new Label();
        link.setId("demands-link");
        link.setWrapText(true);
        link.getStyleClass().add(Styles.TEXT_MUTED);
        link.textProperty().bind(Bindings.createStringBinding(this::linkText, vm.link, vm.form,
                i18n.shownLanguage()));
        link.managedProperty().bind(link.textProperty().isNotEmpty());
        link.visibleProperty().bind(link.managedProperty());
        VBox card = new VBox(8, title, link, demand, assessment, resource, status);
        card.setId("demands-form");
        card.getStyleClass().add("card");
        card.setPadding(new Insets(10, 12, 12, 12));
        var open = vm.form.isNotEqualTo(Form.NONE).and(vm.editable);
        card.visibleProperty().bind(open);
        card.managedProperty().bind(open);
        return card;
    }

    /** What the open form answers or moves, in words. */
    private String linkText() {
        Row r = vm.link.get();
        Form f = vm.form.get();
        if (r == null) {
            return switch (f) {
                case ASSESSMENT -> i18n.t("demands.link.noDemand");
                case RESOURCE -> i18n.t("demands.link.nothing");
                default -> "";
            };
        }
        String date = r.date() == null ? "" : i18n.formatDate(r.date());
        return switch (r.kind()) {
            case DEMAND -> i18n.t("demands.link.demand", r.what(), date);
            case ASSESSMENT -> i18n.t("demands.link.assessment", r.what(), date);
            case RESOURCE -> i18n.t("demands.link.resource", r.what(), i18n.t(EntryLabels.resourceStatus(r.status())),
                    r.statusDate() == null ? "" : i18n.formatDate(r.statusDate()));
            case UNLINKED -> "";
        };
    }

    /** One form's fields with its save and cancel buttons, shown while that form is open. */
    private Node fields(Form which, String saveId, String saveKey, Node... fields) {
        Button save = new Button();
        save.setId(saveId);
        save.textProperty().bind(i18n.bind(saveKey));
        save.setGraphic(AppIcon.SAVE.node(16));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busy);
        save.setOnAction(e -> vm.save());
        Button cancel = new Button();
        cancel.setId(saveId + "-cancel");
        cancel.textProperty().bind(i18n.bind("dialog.cancel"));
        cancel.setOnAction(e -> vm.cancel());
        HBox row = new HBox(10, fields);
        row.getChildren().addAll(save, cancel);
        row.setAlignment(Pos.BOTTOM_LEFT);
        var shown = vm.form.isEqualTo(which);
        row.visibleProperty().bind(shown);
        row.managedProperty().bind(shown);
        return row;
    }

    /** A control with its visible label above it. */
    private Node field(String key, Control control) {
        Label label = Forms.label(i18n, key);
        label.setLabelFor(control);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(3, label, control);
    }

    private static Node grow(Node field) {
        HBox.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private ComboBox<CodeEntry> codes(Catalogue catalogue, String id, String promptKey) {
        ComboBox<CodeEntry> box = codes.choice(id, catalogue);
        box.promptTextProperty().bind(i18n.bind(promptKey));
        return box;
    }

    private TextField text(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField t = Fields.text(id, value);
        t.promptTextProperty().bind(i18n.bind(promptKey));
        t.setOnAction(e -> vm.save());
        return t;
    }
}
