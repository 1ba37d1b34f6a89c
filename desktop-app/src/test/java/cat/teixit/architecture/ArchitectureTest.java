package cat.teixit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering and house rules of docs/architecture.md (gui -> logic -> model; persistence only from logic). */
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
                .layer("Cli").definedBy("cat.teixit.cli..")
                .layer("Bench").definedBy("cat.teixit.bench..")
                .layer("App").definedBy("cat.teixit.app..")
                .layer("Gui").definedBy("cat.teixit.gui..")
                .layer("Logic").definedBy("cat.teixit.logic..")
                .layer("Persistence").definedBy("cat.teixit.persistence..")
                .layer("Model").definedBy("cat.teixit.model..")
                // The command line is the entry: nothing calls it; it runs the app or a benchmark.
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Cli", "Bench")
                .whereLayer("Gui").mayOnlyBeAccessedByLayers("App", "Bench")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("Gui", "App", "Cli", "Bench")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Logic", "App", "Cli", "Bench")
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
        classes().that().resideInAPackage("cat.teixit.model..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("cat.teixit.model..", "java..", "jakarta.persistence..")
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
    void nobodyPrintsToTheConsoleOutsideTheCommandLineAndTheBenchmarks() {
        noClasses().that().resideOutsideOfPackages("cat.teixit.cli..", "cat.teixit.bench..").should()
                .accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace").check(classes);
    }
}
