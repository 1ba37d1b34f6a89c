package cat.teixit.gui.documents;

import cat.teixit.testing.TestKeys;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.app.Workstation;
import cat.teixit.gui.common.I18n;
import cat.teixit.gui.common.SameThreadUiExecutor;
import cat.teixit.logic.auth.CurrentUser;
import cat.teixit.logic.auth.LoginResult;
import cat.teixit.logic.demo.DemoSeeder;
import cat.teixit.logic.documents.TemplateSource;
import cat.teixit.logic.settings.Language;
import cat.teixit.persistence.InstanceLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team lead edits a template: refused text named by line and name and nothing kept; saved, exported, imported. */
class TemplateEditorViewModelTest {

    @TempDir
    Path dir;
    private Workstation w;
    private CurrentUser montse;
    private int saved;
    private TemplateEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        w = Workstation.open(dir, InstanceLock.acquire(dir), TestKeys.KEY, true);
        montse = ((LoginResult.Success) w.auth().login("montse", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        vm = new TemplateEditorViewModel(montse, new SameThreadUiExecutor(), new I18n(Language.CATALAN), w.documents(),
                "appointment-letter", Language.CATALAN, null, () -> saved++);
        vm.load();
    }

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsLineAndTheVersionInUseStays() {
        assertThat(vm.body.get()).contains("{{");
        assertThat(vm.pagesProperty().get()).isNotEmpty();
        String before = vm.body.get();
        vm.body.set(before + "\n<p>{{ person.nme }}</p>");
        vm.preview();
        assertThat(vm.problems).singleElement().asString().contains("person.nme").startsWith("Línia ");

        vm.save();

        assertThat(saved).isZero();
        assertThat(vm.messageProperty().get()).contains("La versió en ús no ha canviat");
        TemplateSource inUse = w.documents().template(montse, "appointment-letter", Language.CATALAN);
        assertThat(inUse.version()).isZero();
        assertThat(inUse.body()).isEqualTo(before);
    }

    @Test
    void aSavedVersionIsTheTeamsAndRoundTripsThroughAFile() throws Exception {
        vm.title.set("Carta de cita (Girona Nord)");
        vm.body.set(vm.body.get().replace("</p>", " Us hi esperem.</p>"));
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.save();

        assertThat(saved).isEqualTo(1);
        assertThat(vm.problems).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Desada com a versió 1");
        TemplateSource inUse = w.documents().template(montse, "appointment-letter", Language.CATALAN);
        assertThat(inUse.version()).isEqualTo(1);
        assertThat(inUse.body()).contains("Us hi esperem.");

        Path file = dir.resolve(vm.exportName());
        vm.exportTo(file);
        assertThat(Files.readString(file)).contains("Us hi esperem.");
        Files.writeString(file, Files.readString(file).replace("Us hi esperem.", "Us esperem amb il·lusió."));
        vm.importFrom(file);
        assertThat(saved).isEqualTo(2);
        assertThat(w.documents().template(montse, "appointment-letter", Language.CATALAN).version()).isEqualTo(2);
        assertThat(vm.body.get()).contains("Us esperem amb il·lusió.");
    }

    @Test
    void aSocialWorkerMayNotEditTemplates() throws Exception {
        CurrentUser laia = ((LoginResult.Success) w.auth().login("laia", DemoSeeder.DEMO_PASSWORD.toCharArray())).user();
        assertThat(w.documents().mayEditTemplates(laia)).isFalse();
        assertThat(w.documents().mayEditTemplates(montse)).isTrue();
    }
}
