package cat.teixit.gui.casefile;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.icon.AppIcon;
import cat.teixit.logic.casefile.PlanService;
import cat.teixit.model.casefile.PlanAction;
import cat.teixit.model.casefile.PlanGoal;
import java.time.LocalDate;
import java.util.UUID;
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
final class PlanPane extends CaseRecordsPane<PlanService.PlanView> {

    private final ScrollPane root;
    private final VBox plans = new VBox(14);

    PlanPane(CaseServices services, UUID caseFileId, Runnable onChanged) {
        super(services, caseFileId, onChanged);
        I18n i18n = s.i18n();
        TextField title = new TextField();
        title.setId("plan-title");
        title.promptTextProperty().bind(i18n.bind("plan.titlePrompt"));
        HBox.setHgrow(title, Priority.ALWAYS);
        DatePicker start = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE)));
        start.setId("plan-start");
        DatePicker review = i18n.configure(new DatePicker(LocalDate.now(I18n.ZONE).plusMonths(3)));
        review.setId("plan-review");
        Button create = new Button();
        create.setId("plan-create");
        create.textProperty().bind(i18n.bind("plan.create"));
        create.setGraphic(AppIcon.ADD.node(16));
        create.setOnAction(e -> run(() -> s.plans().create(s.user(), caseFileId, title.getText(), start.getValue(),
                review.getValue()), title::clear));
        HBox newPlan = new HBox(8, title, Forms.label(i18n, "plan.start"), start, Forms.label(i18n, "plan.review"), review,
                create);
        newPlan.setAlignment(Pos.CENTER_LEFT);
        plans.setId("plan-list");
        VBox box = new VBox(10, editing(Forms.title(i18n, "plan.new")), editing(newPlan), error, plans);
        box.setPadding(new Insets(12));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    @Override
    protected void show(java.util.List<PlanService.PlanView> list) {
        I18n i18n = s.i18n();
        plans.getChildren().clear();
        if (list.isEmpty()) {
            plans.getChildren().add(Forms.label(i18n, "plan.none"));
        }
        for (PlanService.PlanView v : list) {
            Label head = new Label(v.plan().getTitle());
            head.getStyleClass().add(Styles.TITLE_4);
            String dates = i18n.t("plan.dates", i18n.formatDate(v.plan().getStartsOn()),
                    v.plan().getReviewOn() == null ? "—" : i18n.formatDate(v.plan().getReviewOn()));
            Label when = new Label(dates);
            if (v.reviewOverdue()) {
                when.setText(dates + " · " + i18n.t("casefile.alert.reviewOverdue"));
                when.getStyleClass().add(Styles.DANGER);
                when.setGraphic(AppIcon.WARNING.node(14));
            }
            VBox card = new VBox(6, head, when);
            card.getStyleClass().add("card");
            for (PlanGoal g : v.goals()) {
                Label goal = new Label("• " + g.getDescription());
                goal.getStyleClass().add(Styles.TEXT_BOLD);
                card.getChildren().add(goal);
                for (PlanAction a : v.actions()) {
                    if (g.getId().equals(a.getGoalId())) {
                        card.getChildren().add(actionRow(a));
                    }
                }
            }
            v.actions().stream().filter(a -> a.getGoalId() == null).forEach(a -> card.getChildren().add(actionRow(a)));
            TextField goal = new TextField();
            goal.promptTextProperty().bind(i18n.bind("plan.goalPrompt"));
            HBox.setHgrow(goal, Priority.ALWAYS);
            Button addGoal = new Button(i18n.t("plan.addGoal"));
            addGoal.getStyleClass().add(Styles.SMALL);
            addGoal.setOnAction(e -> run(() -> s.plans().addGoal(s.user(), v.plan().getId(), goal.getText()), goal::clear));
            ComboBox<PlanGoal> forGoal = new ComboBox<>();
            forGoal.getItems().setAll(v.goals());
            forGoal.setConverter(Forms.converter(PlanGoal::getDescription));
            forGoal.setPromptText(i18n.t("plan.actionGoal"));
            TextField action = new TextField();
            action.promptTextProperty().bind(i18n.bind("plan.actionPrompt"));
            HBox.setHgrow(action, Priority.ALWAYS);
            TextField who = new TextField();
            who.promptTextProperty().bind(i18n.bind("plan.responsiblePrompt"));
            DatePicker due = i18n.configure(new DatePicker());
            due.setPrefWidth(130);
            Button addAction = new Button(i18n.t("plan.addAction"));
            addAction.getStyleClass().add(Styles.SMALL);
            addAction.setOnAction(e -> run(() -> s.plans().addAction(s.user(), v.plan().getId(),
                    forGoal.getValue() == null ? null : forGoal.getValue().getId(), action.getText(), who.getText(),
                    due.getValue()), () -> {
                        action.clear();
                        who.clear();
                    }));
            HBox goalRow = new HBox(8, goal, addGoal);
            HBox actionRowForm = new HBox(8, forGoal, action, who, due, addAction);
            goalRow.setAlignment(Pos.CENTER_LEFT);
            actionRowForm.setAlignment(Pos.CENTER_LEFT);
            card.getChildren().addAll(editing(goalRow), editing(actionRowForm));
            plans.getChildren().add(card);
        }
    }

    private Node actionRow(PlanAction a) {
        I18n i18n = s.i18n();
        CheckBox done = new CheckBox(a.getDescription() + " · " + a.getResponsible()
                + (a.getDueOn() == null ? "" : " · " + i18n.t("plan.due", i18n.formatDate(a.getDueOn()))));
        done.setSelected(a.getDoneOn() != null);
        done.setDisable(!isEditable());
        done.setOnAction(e -> run(() -> s.plans().setActionDone(s.user(), a.getId(),
                done.isSelected() ? LocalDate.now(I18n.ZONE) : null), () -> { }));
        if (a.getDoneOn() == null && a.getDueOn() != null && a.getDueOn().isBefore(LocalDate.now(I18n.ZONE))) {
            done.getStyleClass().add(Styles.DANGER);
        }
        HBox row = new HBox(done);
        row.setPadding(new Insets(0, 0, 0, 18));
        return row;
    }

    @Override
    protected java.util.List<PlanService.PlanView> load() {
        return s.plans().plans(s.user(), caseFileId);
    }

    @Override
    Node node() {
        return root;
    }
}
