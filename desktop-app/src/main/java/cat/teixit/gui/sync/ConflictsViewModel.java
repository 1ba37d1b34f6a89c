package cat.teixit.gui.sync;

import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.sync.ConflictService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lombok.RequiredArgsConstructor;

/**
 * The conflicts screen: open conflicts, the selected one side by side with a choice per field (mine,
 * theirs or a merged value typed here), and the history of resolved ones. Use from the FX thread.
 */
@RequiredArgsConstructor
public final class ConflictsViewModel {

    /** The choice being made for one field; the merged text starts as my value. */
    public static final class FieldChoice {
        private final ConflictService.Field field;
        private final ObjectProperty<ConflictService.Choice> choice = new SimpleObjectProperty<>();
        private final StringProperty merged = new SimpleStringProperty();

        FieldChoice(ConflictService.Field field) {
            this.field = field;
            this.merged.set(field.mine() == null ? "" : field.mine());
        }

        public ConflictService.Field field() {
            return field;
        }

        public ObjectProperty<ConflictService.Choice> choiceProperty() {
            return choice;
        }

        public StringProperty mergedProperty() {
            return merged;
        }
    }

    private final ConflictService conflicts;
    private final CurrentUser user;
    private final UiExecutor executor;
    /** What else to refresh after a resolution (pending changes, status) */
    private final Runnable onResolved;
    public final ObservableList<ConflictService.Summary> open = FXCollections.observableArrayList();
    public final ObservableList<ConflictService.Summary> history = FXCollections.observableArrayList();
    /** The conflict being looked at (null: none). */
    public final ObjectProperty<ConflictService.Detail> selected = new SimpleObjectProperty<>();
    /** One choice per field of the selected conflict. */
    public final ObservableList<FieldChoice> choices = FXCollections.observableArrayList();
    public final ObjectProperty<String> errorKey = new SimpleObjectProperty<>();
    private Object[] errorArgs = new Object[0];
    private String errorField;

    /** Reloads both lists; keeps the selection when it is still open. */
    public void refresh() {
        record Lists(List<ConflictService.Summary> open, List<ConflictService.Summary> history) {
        }
        executor.run(() -> new Lists(conflicts.open(user), conflicts.history(user, 100)), l -> {
            open.setAll(l.open());
            history.setAll(l.history());
            ConflictService.Detail now = selected.get();
            if (now != null && l.open().stream().noneMatch(c -> c.id() == now.summary().id())) {
                select(null);
            }
        }, e -> errorKey.set(ErrorKeys.of(e)));
    }

    /** Shows a conflict (open or resolved) side by side; null clears. */
    public void select(ConflictService.Summary summary) {
        errorKey.set(null);
        if (summary == null) {
            selected.set(null);
            choices.clear();
            return;
        }
        executor.run(() -> conflicts.detail(user, summary.id()), d -> {
            choices.setAll(d.fields().stream().map(FieldChoice::new).toList());
            selected.set(d);
        }, e -> errorKey.set(ErrorKeys.of(e)));
    }

    /** True when every field of the selected open conflict has a choice. */
    public boolean canResolve() {
        ConflictService.Detail d = selected.get();
        return d != null && d.summary().state() == ConflictService.State.OPEN
                && (d.summary().kind() != ConflictService.Kind.FIELDS
                        || choices.stream().allMatch(c -> c.choiceProperty().get() != null));
    }

    /** Resolves the selected field conflict with the choices made. */
    public void resolve() {
        ConflictService.Detail d = selected.get();
        if (!canResolve() || d.summary().kind() != ConflictService.Kind.FIELDS) {
            errorKey.set("syncArea.conflict.error.choose");
            return;
        }
        Map<String, ConflictService.Decision> decisions = new LinkedHashMap<>();
        for (FieldChoice c : choices) {
            decisions.put(c.field().name(), switch (c.choiceProperty().get()) {
                case MINE -> ConflictService.Decision.mine();
                case THEIRS -> ConflictService.Decision.theirs();
                case MERGED -> ConflictService.Decision.merged(c.mergedProperty().get());
            });
        }
        run(() -> conflicts.resolveFields(user, d.summary().id(), decisions));
    }

    /** Resolves the selected delete-against-edit conflict: my side ({@code keepMine}) or the server's. */
    public void resolveDeletion(boolean keepMine) {
        ConflictService.Detail d = selected.get();
        if (d == null || d.summary().kind() == ConflictService.Kind.FIELDS) {
            return;
        }
        run(() -> conflicts.resolveDeletion(user, d.summary().id(), keepMine));
    }

    private void run(Runnable work) {
        errorKey.set(null);
        errorArgs = new Object[0];
        errorField = null;
        executor.runAction(work, () -> {
            select(null);
            refresh();
            onResolved.run();
        }, e -> {
            if (e instanceof ValidationException v) {
                var first = v.errors().byField().entrySet().stream().findFirst();
                ValidationErrors.Problem p = first.map(java.util.Map.Entry::getValue)
                        .orElse(new ValidationErrors.Problem("error.validation"));
                errorField = first.map(java.util.Map.Entry::getKey).orElse(null);
                errorArgs = p.args();
                errorKey.set(p.key());
            } else {
                errorKey.set(ErrorKeys.of(e));
            }
        });
    }

    /** The arguments of the message {@link #errorKey} names (a maximum length...); set before the key. */
    public Object[] errorArgs() {
        return errorArgs.clone();
    }

    /** The field the message is about (a column name), or null; set before the key. */
    public String errorField() {
        return errorField;
    }
}
