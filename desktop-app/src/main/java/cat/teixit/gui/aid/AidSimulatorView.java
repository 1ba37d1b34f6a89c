package cat.teixit.gui.aid;

import atlantafx.base.theme.Styles;
import cat.teixit.gui.common.Fields;
import cat.teixit.gui.common.Buttons;
import cat.teixit.gui.common.Choices;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.logic.aid.AidPrintout;
import cat.teixit.logic.aid.AidResult;
import cat.teixit.logic.aid.Household;
import cat.teixit.logic.casefile.CaseFileService;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.Property;
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
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Aids area: the household (from a case file or typed), its members one a row, "simulate", and each aid's result
 * with its reasoning; "print" (nothing filed, also at the front desk) and "print and file" when it comes from a case
 * file. Thin: the view model checks and computes.
 */
final class AidSimulatorView extends NodeView<ScrollPane> {

    private static final Map<Household.Role, String> ROLES = Map.of(Household.Role.REFERENCE, "aid.role.reference",
            Household.Role.PARTNER, "aid.role.partner", Household.Role.CHILD, "aid.role.child", Household.Role.OTHER,
            "aid.role.other");
    private static final Map<Household.IncomeKind, String> KINDS = Map.of(Household.IncomeKind.WORK, "aid.incomeKind.work",
            Household.IncomeKind.PENSION, "aid.incomeKind.pension", Household.IncomeKind.UNEMPLOYMENT,
            "aid.incomeKind.unemployment", Household.IncomeKind.NONE, "aid.incomeKind.none");
    private static final Map<AidResult.Verdict, String> VERDICTS = Map.of(AidResult.Verdict.ELIGIBLE,
            "aid.verdict.eligible", AidResult.Verdict.NOT_ELIGIBLE, "aid.verdict.notEligible",
            AidResult.Verdict.CANNOT_TELL, "aid.verdict.cannotTell");

    private final AidSimulatorViewModel vm;
    private final I18n i18n;
    private final VBox memberRows = new VBox(6);
    private final VBox resultBox = new VBox(8);

    AidSimulatorView(AidSimulatorViewModel vm, ProactiveListViewModel proactive, I18n i18n) {
        super(new ScrollPane());
        this.vm = vm;
        this.i18n = i18n;
        shown.listen(vm.members, c -> showMembers()).listen(vm.results, c -> showResults());
        ComboBox<CaseFileService.CaseFileSummary> cases = Choices.caseFiles("aid-case", vm.caseChoices, i18n,
                "aid.case.prompt");
        cases.setButtonCell(Choices.cell(Choices::caseFile, () -> i18n.t("aid.case.anonymous")));
        cases.setOnAction(e -> {
            if (cases.getValue() != null && cases.getValue() != vm.caseFile.get()) {
                vm.prefill(cases.getValue());
            }
        });
        vm.caseFile.addListener((o, a, c) -> {
            if (c == null) {
                cases.getSelectionModel().clearSelection();
            }
        });
        Button anonymous = Buttons.action(i18n, "aid-anonymous", "aid.anonymous", vm::anonymous);
        DatePicker date = Fields.date(i18n, "aid-date", vm.date);
        HBox top = new HBox(10, label("aid.case"), cases, anonymous, label("aid.date"), date);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane household = new GridPane();
        household.setHgap(10);
        household.setVgap(6);
        household.addRow(0, label("aid.municipality"), text("aid-municipality", vm.municipality, 160),
                label("aid.assets"), text("aid-assets", vm.assets, 110), label("aid.constituted"),
                text("aid-constituted", vm.constitutedMonths, 60));
        FlowPane flags = new FlowPane(16, 4, check("aid-large-family", "aid.largeFamily", vm.largeFamily),
                check("aid-followed", "aid.followed", vm.followed), check("aid-tariff", "aid.tariff", vm.regulatedTariff));

        Button add = Buttons.action(i18n, "aid-add-member", "aid.member.add", vm::addMember);
        Button simulate = Buttons.action(i18n, "aid-simulate", "aid.simulate", vm::simulate);
        simulate.getStyleClass().add(Styles.ACCENT);
        simulate.setDefaultButton(true);
        simulate.disableProperty().bind(vm.busy);
        Button print = new Button();
        print.setId("aid-print");
        print.textProperty().bind(i18n.bind("aid.print"));
        print.disableProperty().bind(vm.busy.or(vm.caseFile.isNull())
                .or(javafx.beans.binding.Bindings.isEmpty(vm.results)));
        print.setVisible(vm.mayFile());
        print.setManaged(vm.mayFile());
        print.setOnAction(e -> vm.printAndFile());
        Button printOnly = Buttons.action(i18n, "aid-print-only", "aid.printOnly", vm::print);
        printOnly.disableProperty().bind(vm.busy.or(javafx.beans.binding.Bindings.isEmpty(vm.results)));
        Label error = message("aid-error", Styles.DANGER, vm.error);
        Label filed = message("aid-filed", Styles.SUCCESS, vm.filed);
        Label summary = message("aid-summary", Styles.TEXT_BOLD, vm.summary);
        Label note = new Label();
        note.textProperty().bind(i18n.bind("aid.note"));
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        Label title = new Label();
        title.textProperty().bind(i18n.bind("area.aids"));
        title.getStyleClass().add(Styles.TITLE_3);
        VBox content = new VBox(12, title, proactive(proactive), note, top, household, flags, label("aid.members"), memberRows, add,
                new HBox(10, simulate, printOnly, print), error, filed, summary, resultBox);
        content.setPadding(new Insets(16));
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("aid-view");
        showMembers();
        showResults();
    }

    @Override
    protected void onShown() {
        showMembers();
        showResults();
        vm.load();
    }

    private void showMembers() {
        memberRows.getChildren().clear();
        int n = 0;
        for (AidSimulatorViewModel.MemberRow m : vm.members) {
            String id = "aid-member-" + n++;
            TextField name = text(id + "-name", m.name, 150);
            name.promptTextProperty().bind(i18n.bind("aid.member.name"));
            DatePicker birth = Fields.date(i18n, id + "-birth", m.birthDate);
            birth.setPrefWidth(150);
            birth.setMinWidth(150);
            ComboBox<Household.Role> role = choice(id + "-role", Household.Role.values(), m.role, ROLES);
            TextField income = text(id + "-income", m.income, 90);
            ComboBox<Household.IncomeKind> kind = choice(id + "-kind", Household.IncomeKind.values(), m.incomeKind,
                    KINDS);
            TextField disability = text(id + "-disability", m.disability, 45);
            TextField spain = text(id + "-spain", m.monthsSpain, 50);
            TextField catalonia = text(id + "-catalonia", m.monthsCatalonia, 50);
            CheckBox single = check(id + "-single", "aid.member.single", m.singleParent);
            CheckBox victim = check(id + "-victim", "aid.member.victim", m.victim);
            Button remove = new Button("✕");
            remove.setId(id + "-remove");
            remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
            remove.setOnAction(e -> vm.removeMember(m));
            HBox first = new HBox(8, name, birth, role, labelled("aid.member.income", income), kind, remove);
            first.setAlignment(Pos.CENTER_LEFT);
            HBox second = new HBox(12, labelled("aid.member.disability", disability), labelled("aid.member.spain", spain),
                    labelled("aid.member.catalonia", catalonia), single, victim);
            second.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(6, first, second);
            card.setPadding(new Insets(8));
            card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6;");
            memberRows.getChildren().add(card);
        }
    }

    private void showResults() {
        resultBox.getChildren().clear();
        for (AidResult r : vm.results) {
            String verdict = i18n.t(VERDICTS.get(r.verdict()));
            String amount = AidPrintout.amount(r, i18n.language());
            VBox steps = new VBox(4);
            for (String s : r.steps(i18n.language())) {
                Label l = new Label("• " + s);
                l.setWrapText(true);
                steps.getChildren().add(l);
            }
            if (!r.missing().isEmpty()) {
                Label m = new Label(i18n.t("aid.missing", String.join(", ", r.missing(i18n.language()))));
                m.setWrapText(true);
                m.getStyleClass().add(Styles.WARNING);
                steps.getChildren().add(1, m);
            }
            TitledPane pane = new TitledPane(AidPrintout.name(r.aid(), i18n.language()) + " · " + verdict
                    + (amount.isEmpty() ? "" : " · " + amount), steps);
            pane.setId("aid-result-" + r.aid().name().toLowerCase(Locale.ROOT));
            pane.setExpanded(Boolean.TRUE.equals(r.eligible()) || r.eligible() == null);
            pane.getStyleClass().add(Boolean.TRUE.equals(r.eligible()) ? Styles.SUCCESS : r.eligible() == null
                    ? Styles.WARNING : Styles.DANGER);
            resultBox.getChildren().add(pane);
        }
    }

    /** The case files that may newly qualify: "review my case files", progress, stop; a click prefills the form. */
    private TitledPane proactive(ProactiveListViewModel p) {
        Button run = Buttons.action(i18n, "aid-scan", "aid.scan.run", () -> p.scan());
        run.disableProperty().bind(p.running);
        Button stop = Buttons.action(i18n, "aid-scan-cancel", "aid.scan.cancel", () -> p.cancel());
        stop.visibleProperty().bind(p.running);
        stop.managedProperty().bind(p.running);
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.progressProperty().bind(p.progress);
        bar.visibleProperty().bind(p.running);
        bar.managedProperty().bind(p.running);
        Label status = new Label();
        status.setId("aid-scan-status");
        status.textProperty().bind(p.status);
        HBox controls = new HBox(10, run, stop, bar, status);
        controls.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ListView<cat.teixit.logic.aid.AidScanService.Candidate> list =
                new javafx.scene.control.ListView<>(p.candidates);
        list.setId("aid-scan-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> Choices.cell(c -> c.caseNumber() + " · " + c.householdName() + " — " + String.join(", ",
                c.aids().stream().map(r -> AidPrintout.name(r.aid(), i18n.language())).toList())));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                vm.prefill(new CaseFileService.CaseFileSummary(c.caseFileId(), c.caseNumber(), c.householdName(), null,
                        null, null));
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(i18n.bind("aid.scan.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        TitledPane pane = new TitledPane(null, new VBox(8, hint, controls, list));
        pane.textProperty().bind(i18n.bind("aid.scan.title"));
        pane.setId("aid-scan-pane");
        pane.setExpanded(false);
        return pane;
    }

    /** A line shown only while {@code text} has something to say. */
    private static Label message(String id, String style, javafx.beans.property.StringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        return l;
    }

    private HBox labelled(String key, Node field) {
        HBox box = new HBox(4, label(key), field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField text(String id, Property<String> value, double width) {
        TextField f = Fields.text(id, value);
        f.setPrefWidth(width);
        HBox.setHgrow(f, Priority.NEVER);
        return f;
    }

    private CheckBox check(String id, String key, Property<Boolean> value) {
        CheckBox c = new CheckBox();
        c.setId(id);
        c.textProperty().bind(i18n.bind(key));
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, Property<E> value, Map<E, String> keys) {
        ComboBox<E> c = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        c.setId(id);
        c.setConverter(Choices.shown(e -> i18n.t(keys.get(e))));
        c.valueProperty().bindBidirectional(value);
        return c;
    }
}
