package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.CaseRecords.Action;
import cat.teixit.logic.casefile.CaseRecords.Goal;
import cat.teixit.logic.casefile.CaseRecords.PlanItem;
import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Intervention plans: goals, actions (who, by when, done), review date with overdue reviews in
 * red. Use from the FX thread.
 */
final class PlanPane {

    private final PlanViewModel vm;
    private final I18n i18n;
    private final ScrollPane root;
    private final VBox plans = new VBox(14);

    PlanPane(PlanViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        TextField title = Fields.prompted(i18n, "plan-title", "plan.titlePrompt");
        HBox.setHgrow(title, Priority.ALWAYS);
        DatePicker start = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        start.setId("plan-start");
        DatePicker review = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE).plusMonths(3)));
        review.setId("plan-review");
        Button create = Buttons.action(i18n, "plan-create", "plan.create", AppIcon.ADD,
                () -> vm.create(title.getText(), start.getValue(), review.getValue(), title::clear));
        HBox newPlan = new HBox(8, title, Forms.label(i18n, "plan.start"), start, Forms.label(i18n, "plan.review"), review,
                create);
        newPlan.setAlignment(Pos.CENTER_LEFT);
        plans.setId("plan-list");
        root = Forms.recordsTab(vm, i18n, "plan.new", newPlan,
                list -> Forms.cards(plans, list, i18n, "plan.none", this::card), plans);
    }

    private Node card(PlanItem p) {
        Label head = new Label(p.title());
        head.getStyleClass().add(Styles.TITLE_4);
        String dates = i18n.t("plan.dates", i18n.formatDate(p.startsOn()),
                p.reviewOn() == null ? "—" : i18n.formatDate(p.reviewOn()));
        Label when = new Label(dates);
        if (p.reviewOverdue()) {
            when.setText(dates + " · " + i18n.t("casefile.alert.reviewOverdue"));
            when.getStyleClass().add(Styles.DANGER);
            when.setGraphic(AppIcon.WARNING.node(14));
        }
        VBox card = new VBox(6, head, when);
        card.getStyleClass().add("card");
        for (Goal g : p.goals()) {
            Label goal = new Label("• " + g.description());
            goal.getStyleClass().add(Styles.TEXT_BOLD);
            card.getChildren().add(goal);
            p.actions().stream().filter(a -> g.id().equals(a.goalId())).forEach(a -> card.getChildren().add(actionRow(a)));
        }
        p.actions().stream().filter(a -> a.goalId() == null).forEach(a -> card.getChildren().add(actionRow(a)));
        card.getChildren().addAll(Forms.editing(goalForm(p), vm.editable),
                Forms.editing(actionForm(p), vm.editable));
        return card;
    }

    private HBox goalForm(PlanItem p) {
        TextField goal = Fields.prompted(i18n, null, "plan.goalPrompt");
        HBox.setHgrow(goal, Priority.ALWAYS);
        Button addGoal = new Button(i18n.t("plan.addGoal"));
        addGoal.getStyleClass().add(Styles.SMALL);
        addGoal.setOnAction(e -> vm.addGoal(p, goal.getText(), goal::clear));
        HBox row = new HBox(8, goal, addGoal);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox actionForm(PlanItem p) {
        ComboBox<Goal> forGoal = new ComboBox<>();
        forGoal.getItems().setAll(p.goals());
        forGoal.setConverter(Forms.converter(Goal::description));
        forGoal.setPromptText(i18n.t("plan.actionGoal"));
        TextField action = Fields.prompted(i18n, null, "plan.actionPrompt");
        HBox.setHgrow(action, Priority.ALWAYS);
        TextField who = Fields.prompted(i18n, null, "plan.responsiblePrompt");
        DatePicker due = i18n.configure(new DatePicker());
        due.setPrefWidth(130);
        Button addAction = new Button(i18n.t("plan.addAction"));
        addAction.getStyleClass().add(Styles.SMALL);
        addAction.setOnAction(e -> vm.addAction(p, forGoal.getValue() == null ? null : forGoal.getValue().id(),
                action.getText(), who.getText(), due.getValue(), () -> {
                    action.clear();
                    who.clear();
                }));
        HBox row = new HBox(8, forGoal, action, who, due, addAction);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node actionRow(Action a) {
        CheckBox done = new CheckBox(a.description() + " · " + a.responsible()
                + (a.dueOn() == null ? "" : " · " + i18n.t("plan.due", i18n.formatDate(a.dueOn()))));
        done.setSelected(a.doneOn() != null);
        done.disableProperty().bind(vm.editable.not());
        done.setOnAction(e -> vm.setDone(a, done.isSelected()));
        if (a.doneOn() == null && a.dueOn() != null && a.dueOn().isBefore(LocalDate.now(I18n.ZONE))) {
            done.getStyleClass().add(Styles.DANGER);
        }
        HBox row = new HBox(done);
        row.setPadding(new Insets(0, 0, 0, 18));
        return row;
    }

    Node node() {
        return root;
    }
}
