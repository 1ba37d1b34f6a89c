package cat.teixit.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cat.teixit.server.architecture.archfixtures.UsesTheClientLibrary;
import cat.teixit.server.architecture.archfixtures.a.UsesB;
import cat.teixit.server.architecture.archfixtures.b.UsesA;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * The server's rules; those that guard its structure are also evaluated against fixture classes that break
 * them (package {@code archfixtures} of the test sources), so that a rule that could never fail is noticed.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cat.teixit.server");

    /** Each package one slice: http, sync, auth, blob, admin, db, error, cli. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("cat.teixit.server.(**)").should().beFreeOfCycles();

    /** The server shares only sync-protocol with the client; the client library is for its tests. */
    static final ArchRule NO_CLIENT_LIBRARY = noClasses().that().resideInAPackage("cat.teixit.server..").should()
            .dependOnClassesThat().resideInAnyPackage("cat.teixit.sync.client..", "okhttp3..");

    @Test
    void theServerHasNoPackageCycles() {
        NO_PACKAGE_CYCLES.check(CLASSES);
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(UsesB.class, UsesA.class))
                .hasViolation()).isTrue();
    }

    @Test
    void theServerDoesNotUseTheClientLibrary() {
        NO_CLIENT_LIBRARY.check(CLASSES);
    }

    @Test
    void theClientLibraryRuleFailsOnAServerClassThatUsesIt() {
        assertThat(NO_CLIENT_LIBRARY.evaluate(new ClassFileImporter().importClasses(UsesTheClientLibrary.class))
                .hasViolation()).isTrue();
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("..server.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndHttpLayerKnowJavalinAndPicocli() {
        noClasses().that().resideInAnyPackage("..server.sync..", "..server.blob..", "..server.auth..",
                "..server.admin..", "..server.db..", "..server.error..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "picocli..").check(CLASSES);
    }
}
