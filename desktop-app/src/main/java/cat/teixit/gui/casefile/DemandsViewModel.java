package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.casefile.DemandRow.Kind;
import cat.teixit.gui.casefile.DemandRow.Row;

import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.DemandChain;
import cat.teixit.logic.casefile.ResourceService;
import cat.teixit.logic.common.Amounts;
import cat.teixit.logic.catalogue.CodeEntry;
import cat.teixit.model.casefile.Funding;
import cat.teixit.model.casefile.ResourceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Demands and resources" tab of a case file: the chain demand → assessment → resource as rows,
 * the selected row, and the forms that record a demand, an assessment for the selected demand, a
 * resource proposed from the selected assessment and a resource's next status with its cost. Use
 * from the FX thread.
 */
public final class DemandsViewModel {

    /** The form being filled in, if any. */
    public enum Form {
        NONE, DEMAND, ASSESSMENT, RESOURCE, STATUS
    }

    /** The label of each field the services may refuse, to say which one. */
    private static final Map<String, String> FIELD_LABELS = Map.of("area", "demands.field.area", "description",
            "demands.field.description", "problems", "demands.field.problem", "risk", "demands.field.risk", "notes",
            "demands.field.notes", "resource", "demands.field.resource", "cost", "demands.field.cost", "status",
            "demands.field.status");

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final ResourceService resources;
    private final DemandRows rowsOf;
    private final UUID caseFileId;
    private final Runnable onChanged;
    public final ObservableList<Row> rows = FXCollections.observableArrayList();
    public final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<Form> form = new SimpleObjectProperty<>(Form.NONE);
    /** The row the open form answers (a demand, an assessment) or moves (a resource); null: none. */
    public final ObjectProperty<Row> link = new SimpleObjectProperty<>();
    /** False for another team's case file granted read only: no form opens. */
    public final BooleanProperty editable = new SimpleBooleanProperty(true);
    public final BooleanProperty busy = new SimpleBooleanProperty();
    /** What went wrong, translated; empty when nothing. */
    public final StringProperty error = new SimpleStringProperty("");
    public final ObjectProperty<CodeEntry> demandArea = new SimpleObjectProperty<>();
    public final StringProperty demandText = new SimpleStringProperty("");
    public final ObjectProperty<CodeEntry> problem = new SimpleObjectProperty<>();
    public final ObjectProperty<CodeEntry> risk = new SimpleObjectProperty<>();
    public final StringProperty assessmentNotes = new SimpleStringProperty("");
    public final ObjectProperty<CodeEntry> resourceType = new SimpleObjectProperty<>();
    public final StringProperty cost = new SimpleStringProperty("");
    public final ObservableList<ResourceStatus> nextStatuses = FXCollections.observableArrayList();
    public final ObjectProperty<ResourceStatus> nextStatus = new SimpleObjectProperty<>();
    public final StringProperty statusCost = new SimpleStringProperty("");
    /** Who funds the selected resource (its recorded one to start with; null: not recorded). */
    public final ObjectProperty<Funding> statusFunding = new SimpleObjectProperty<>();
    public final BooleanBinding canChangeStatus;
    private UUID toSelect;

    /** @param onChanged after a change: what else shows these records (the timeline) reloads */
    public DemandsViewModel(CurrentUser user, UiExecutor executor, I18n i18n, Codes codes, ResourceService resources,
            UUID caseFileId, Runnable onChanged) {
        this.user = user;
        this.executor = executor;
        this.i18n = i18n;
        this.resources = resources;
        this.rowsOf = new DemandRows(i18n, codes);
        this.caseFileId = caseFileId;
        this.onChanged = onChanged;
        canChangeStatus = Bindings.createBooleanBinding(() -> editable.get() && selected.get() != null
                && !selected.get().nextStatuses().isEmpty(), editable, selected);
        editable.addListener((o, was, now) -> {
            if (!now) {
                cancel();
            }
        });
    }

    /** Reads the chain again in the background; the selection stays on the same record if it is still there. */
    public void reload() {
        executor.run(() -> resources.chain(user, caseFileId), this::show, this::fail);
    }

    /** Selects the row of record {@code id} (now, or once loaded), e.g. a demand opened from the timeline. */
    public void reveal(UUID id) {
        toSelect = id;
        find(id).ifPresent(selected::set);
    }

    private void show(DemandChain chain) {
        UUID keep = toSelect != null ? toSelect : selected.get() == null ? null : selected.get().id();
        toSelect = null;
        rows.setAll(rowsOf.rows(chain));
        selected.set(keep == null ? null : find(keep).orElse(null));
    }

    /** The row of record {@code id}, at any depth. */
    public Optional<Row> find(UUID id) {
        return Row.find(rows, id);
    }

    /** A new demand. */
    public void startDemand() {
        start(Form.DEMAND, null);
    }

    /** A new assessment, answering the selected demand (or the demand of the selected row), if any. */
    public void startAssessment() {
        Row at = selected.get();
        start(Form.ASSESSMENT, at == null ? null : find(at.demandId()).filter(r -> r.kind() == Kind.DEMAND).orElse(null));
    }

    /**
     * A resource proposed from the selected assessment (or the assessment of the selected resource); else for
     * the selected demand (or the selected resource's demand); else answering nothing.
     */
    public void startResource() {
        Row at = selected.get();
        Row answers = at == null ? null : find(at.assessmentId()).filter(r -> r.kind() == Kind.ASSESSMENT)
                .or(() -> find(at.demandId()).filter(r -> r.kind() == Kind.DEMAND)).orElse(null);
        start(Form.RESOURCE, answers);
    }

    /** The next status of the selected resource, with its cost (the current one to start with). */
    public void startStatus() {
        if (!canChangeStatus.get()) {
            return;
        }
        Row r = selected.get();
        start(Form.STATUS, r);
        nextStatuses.setAll(r.nextStatuses());
        statusCost.set(Amounts.format(r.costCents(), i18n.language()));
        statusFunding.set(r.funding());
    }

    private void start(Form which, Row answers) {
        if (!editable.get()) {
            return;
        }
        clearFields();
        link.set(answers);
        form.set(which);
    }

    /** Closes the form and drops what was typed in it. */
    public void cancel() {
        clearFields();
        link.set(null);
        form.set(Form.NONE);
    }

    private void clearFields() {
        error.set("");
        demandArea.set(null);
        demandText.set("");
        problem.set(null);
        risk.set(null);
        assessmentNotes.set("");
        resourceType.set(null);
        cost.set("");
        nextStatuses.clear();
        nextStatus.set(null);
        statusCost.set("");
        statusFunding.set(null);
    }

    /** Saves the open form in the background; on success the form closes and the new record is selected. */
    public void save() {
        error.set("");
        Row answers = link.get();
        switch (form.get()) {
            case NONE -> {
            }
            case DEMAND -> {
                String area = code(demandArea.get());
                String text = demandText.get();
                change(() -> resources.addDemand(user, caseFileId, null, area, text));
            }
            case ASSESSMENT -> {
                List<String> problems = problem.get() == null ? List.of() : List.of(problem.get().code());
                String level = code(risk.get());
                String notes = assessmentNotes.get();
                UUID demand = answers == null ? null : answers.id();
                change(() -> resources.addAssessment(user, caseFileId, null, demand, problems, level, notes));
            }
            case RESOURCE -> {
                Long cents = amount(cost.get());
                if (cents == null && !blank(cost.get())) {
                    return;
                }
                String code = code(resourceType.get());
                UUID assessment = answers != null && answers.kind() == Kind.ASSESSMENT ? answers.id() : null;
                UUID demand = answers != null && answers.kind() == Kind.DEMAND ? answers.id() : null;
                change(() -> resources.propose(user, caseFileId, null, demand, assessment, code, cents, null));
            }
            case STATUS -> {
                Long cents = amount(statusCost.get());
                if (cents == null && !blank(statusCost.get())) {
                    return;
                }
                if (nextStatus.get() == null) {
                    error.set(i18n.t("demands.error.status"));
                    return;
                }
                ResourceStatus to = nextStatus.get();
                Funding funding = statusFunding.get();
                change(() -> {
                    resources.changeStatus(user, answers.id(), answers.rowVersion(), to, cents, funding);
                    return answers.id();
                });
            }
        }
    }

    private void change(java.util.concurrent.Callable<UUID> work) {
        Background.whileBusy(executor, busy, work, id -> {
            cancel();
            toSelect = id;
            reload();
            onChanged.run();
        }, e -> {
            fail(e);
        });
    }

    private void fail(Throwable e) {
        error.set(ErrorKeys.describe(i18n, e, FIELD_LABELS));
    }

    private static String code(CodeEntry e) {
        return e == null ? null : e.code();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Cents of an amount typed in euros (see {@link Amounts#parse}); null if blank or not an amount. */
    private Long amount(String text) {
        if (blank(text)) {
            return null;
        }
        Long cents = Amounts.parse(text).orElse(null);
        if (cents == null) {
            error.set(i18n.t("resource.error.cost"));
        }
        return cents;
    }
}
