package cat.teixit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and house rules of docs/architecture (gui -> logic -> model; persistence only from logic). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cat.teixit");
    }

    @Test
    void layersOnlyReachDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("cat.teixit.app..")
                .layer("Cli").definedBy("cat.teixit.cli..")
                .layer("Gui").definedBy("cat.teixit.gui..")
                .layer("Logic").definedBy("cat.teixit.logic..")
                .layer("Persistence").definedBy("cat.teixit.persistence..")
                .layer("Model").definedBy("cat.teixit.model..")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Gui").mayOnlyBeAccessedByLayers("App", "Cli")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "App", "Cli")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Logic", "App", "Cli")
                .check(classes);
    }

    @Test
    void guiDoesNotTouchTheStoreDirectly() {
        noClasses().that().resideInAPackage("cat.teixit.gui..").should().dependOnClassesThat()
                .resideInAnyPackage("cat.teixit.persistence..", "org.hibernate..", "java.sql..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void modelDependsOnlyOnJavaAndJakartaPersistence() {
        // And on the sync protocol's types, nothing else of it: the outbox entry is a change as the protocol
        // pushes it, so it is kept with the protocol's ChangeKind instead of a copy of that enum.
        classes().that().resideInAPackage("cat.teixit.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("cat.teixit.model..", "java..", "jakarta.persistence..", "cat.teixit.sync.protocol")
                .check(classes);
    }

    @Test
    void logicDoesNotKnowJavaFxScenesOrHibernate() {
        noClasses().that().resideInAPackage("cat.teixit.logic..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.hibernate..").check(classes);
    }

    @Test
    void viewModelsHoldNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..").check(classes);
    }

    @Test
    void nobodyPrintsToTheConsoleOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("cat.teixit.cli..").should()
                .accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
