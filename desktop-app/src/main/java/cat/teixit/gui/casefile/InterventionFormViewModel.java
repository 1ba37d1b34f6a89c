package cat.teixit.gui.casefile;

import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.casefile.DraftService;
import cat.teixit.logic.casefile.InterventionService;
import cat.teixit.logic.casefile.InterventionForm;
import cat.teixit.logic.common.ValidationErrors;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.model.casefile.InterventionKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.util.Duration;

/**
 * The "new intervention" form of a case file. The notes are kept as a local draft while typed
 * (restored after a crash); saving validates first and keeps everything on failure. Use from the
 * FX thread.
 */
public final class InterventionFormViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final CurrentUser user;
    private final UiExecutor executor;
    private final InterventionService interventions;
    private final DraftService drafts;
    private final UUID caseFileId;
    private final String draftKey;
    public final ObjectProperty<InterventionKind> kind = new SimpleObjectProperty<>(InterventionKind.OFFICE_INTERVIEW);
    public final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    public final StringProperty time = new SimpleStringProperty();
    public final StringProperty duration = new SimpleStringProperty("");
    public final ObjectProperty<UUID> personId = new SimpleObjectProperty<>();
    public final StringProperty notes = new SimpleStringProperty("");
    public final BooleanProperty confidential = new SimpleBooleanProperty();
    public final BooleanProperty saving = new SimpleBooleanProperty();
    public final BooleanProperty draftRestored = new SimpleBooleanProperty();
    public final ObservableMap<String, ValidationErrors.Problem> errors = FXCollections.observableHashMap();
    public final ObjectProperty<String> failureKey = new SimpleObjectProperty<>();
    public final BooleanBinding canSave;
    private final PauseTransition draftTimer = new PauseTransition(Duration.seconds(1.5));
    private final Runnable onSaved;
    private String defaultTime;

    public InterventionFormViewModel(CurrentUser user, UiExecutor executor, InterventionService interventions,
            DraftService drafts, UUID caseFileId, Runnable onSaved) {
        this.user = user;
        this.executor = executor;
        this.interventions = interventions;
        this.drafts = drafts;
        this.caseFileId = caseFileId;
        this.onSaved = onSaved;
        this.draftKey = "intervention:" + caseFileId;
        reset();
        canSave = Bindings.createBooleanBinding(() -> !saving.get() && !notes.get().isBlank(), saving, notes);
        draftTimer.setOnFinished(e -> saveDraft());
        notes.addListener((o, a, b) -> draftTimer.playFromStart());
    }

    private void reset() {
        ZonedDateTime now = ZonedDateTime.now(I18n.ZONE);
        date.set(now.toLocalDate());
        defaultTime = now.toLocalTime().format(TIME);
        time.set(defaultTime);
        duration.set("");
        kind.set(InterventionKind.OFFICE_INTERVIEW);
        personId.set(null);
        confidential.set(false);
        notes.set("");
        errors.clear();
        failureKey.set(null);
    }

    /** Offers back a draft left by a closed window or a crash. */
    public void restoreDraft() {
        executor.run(() -> drafts.load(user, draftKey).orElse(null), text -> {
            if (text != null && notes.get().isBlank()) {
                notes.set(text);
                draftRestored.set(true);
            }
        }, e -> { });
    }

    private void saveDraft() {
        String text = notes.get();
        executor.runAndForget(() -> drafts.save(user, draftKey, text));
    }

    /** Saves now (Ctrl+Enter); on success the form empties and the draft goes. */
    public void save() {
        errors.clear();
        failureKey.set(null);
        LocalTime t;
        try {
            boolean untouched = time.get() == null || time.get().isBlank() || time.get().equals(defaultTime);
            t = untouched ? null : LocalTime.parse(time.get().strip(), TIME);
        } catch (DateTimeParseException e) {
            errors.put("time", new ValidationErrors.Problem("validation.time"));
            return;
        }
        Integer minutes = null;
        if (duration.get() != null && !duration.get().isBlank()) {
            try {
                minutes = Integer.parseInt(duration.get().strip());
            } catch (NumberFormatException e) {
                errors.put("duration", new ValidationErrors.Problem("intervention.error.duration"));
                return;
            }
        }
        InterventionForm form = new InterventionForm(kind.get(), date.get(), t, minutes, personId.get(), List.of(),
                notes.get(), confidential.get());
        saving.set(true);
        draftTimer.stop();
        executor.run(() -> interventions.add(user, caseFileId, form), id -> {
            saving.set(false);
            executor.runAndForget(() -> drafts.discard(user, draftKey));
            draftRestored.set(false);
            reset();
            onSaved.run();
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v) {
                errors.putAll(v.errors().byField());
            } else {
                failureKey.set(ErrorKeys.of(e));
            }
            saveDraft();
        });
    }

    /** Saves the draft now and stops its timer (the view is hidden or closing). */
    public void flushDraft() {
        if (draftTimer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            draftTimer.stop();
            saveDraft();
        }
    }

    /** Drops what was typed and its draft (the user chose to discard it). */
    public void discard() {
        draftTimer.stop();
        reset();
        executor.runAndForget(() -> drafts.discard(user, draftKey));
    }

    /** True while something typed is not saved yet. */
    public boolean hasUnsavedChanges() {
        return !notes.get().isBlank();
    }
}
