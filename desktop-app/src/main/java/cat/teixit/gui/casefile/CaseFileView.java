package cat.teixit.gui.casefile;

import cat.teixit.gui.common.Codes;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.NodeView;
import cat.teixit.gui.shell.Workspace;
import cat.teixit.logic.casefile.CaseFileDetails;
import java.util.List;
import javafx.scene.layout.BorderPane;

/**
 * An open case file in its tab: the header ({@link CaseFileHeader}: who, household, number, status, reference
 * professional, banners and the commands on the file), then its tabs ({@link CaseFileTabs}: the social history with
 * the note being written, the household and the records). Use from the FX thread.
 */
final class CaseFileView extends NodeView<BorderPane> {

    private final CaseFileModels models;
    private final CaseFileViewModel vm;
    private final InterventionFormViewModel form;
    private final InterventionEditor editor;
    private final CaseFileHeader header;

    CaseFileView(CaseFileModels models, I18n i18n, Codes codes, Navigator navigator, Workspace workspace) {
        super(new BorderPane());
        this.models = models;
        this.vm = models.file();
        this.form = models.intervention();
        this.editor = new InterventionEditor(form, i18n);
        root.setId("casefile-view");
        this.header = new CaseFileHeader(vm, i18n, codes, navigator, workspace);
        CaseFileTabs tabs = new CaseFileTabs(models, i18n, codes, navigator, editor.node());
        shown.listen(vm.details, (o, a, d) -> show(d))
                .listen(models.timeline().reading, (o, a, text) -> tabs.read(text));
        root.setTop(header.node());
        root.setCenter(tabs.node());
    }

    private void show(CaseFileDetails d) {
        if (d == null) {
            return;
        }
        // Another team's case file granted read only: no closing, reopening or new interventions here
        // (the logic layer refuses any change anyway).
        boolean readOnly = d.alerts().contains(CaseFileDetails.Alert.READ_ONLY);
        header.show(d, readOnly);
        CaseFileHeader.shown(editor.node(), !readOnly);
        for (var editable : List.of(models.plan().editable, models.demands().editable,
                models.referrals().editable, models.documents().editable)) {
            editable.set(!readOnly);
        }
        editor.setMembers(d.members());
        models.household().details.set(d);
    }

    /** Ctrl+N in a case file: straight to the notes of a new intervention. */
    public void newIntervention() {
        editor.focusNotes();
    }

    @Override
    protected void onShown() {
        if (vm.details.get() == null) {
            vm.open();
            models.timeline().reload();
            form.restoreDraft();
            // Most often the professional opens a file to write down what happened.
            editor.focusNotes();
        } else {
            show(vm.details.get());
        }
    }

    @Override
    protected void onHidden() {
        form.flushDraft();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.hasUnsavedChanges();
    }

    @Override
    public void discardChanges() {
        form.discard();
    }
}
