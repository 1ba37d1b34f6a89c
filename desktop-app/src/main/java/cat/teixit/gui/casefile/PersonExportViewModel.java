package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Background;
import cat.teixit.gui.common.ErrorKeys;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.UiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.privacy.SubjectAccess;
import java.nio.file.Path;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import lombok.RequiredArgsConstructor;

/**
 * The right of access on a person's view: whether the user may export everything about the person (a team lead or
 * the person's own professional), the export into a folder (PDF/A and JSON) and what came of it. Use from the FX
 * thread.
 */
@RequiredArgsConstructor
public final class PersonExportViewModel {

    private final CurrentUser user;
    private final UiExecutor executor;
    private final I18n i18n;
    private final SubjectAccess access;
    private final UUID personId;
    /** True when the user may export this person (the action shows only then). */
    public final BooleanProperty available = new SimpleBooleanProperty(false);
    /** True while an export is being made. */
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** What the last export made: how many records, where. */
    public final StringProperty message = new SimpleStringProperty("");
    /** Why the last export failed, translated (empty when it did not). */
    public final StringProperty error = new SimpleStringProperty("");

    /** Asks, in the background, whether the user may export this person. */
    public void load() {
        executor.run(() -> access.mayExport(user, personId), available::set, e -> available.set(false));
    }

    /** Writes the export into {@code directory}. */
    public void export(Path directory) {
        if (directory == null || busy.get()) {
            return;
        }
        message.set("");
        error.set("");
        Background.whileBusy(executor, busy, () -> access.export(user, personId, i18n.language(), directory), done -> {
            message.set(i18n.t("person.exportDone", done.records(), directory.toString()));
        }, e -> {
            error.set(ErrorKeys.describe(i18n, e));
        });
    }
}
