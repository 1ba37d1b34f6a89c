package cat.teixit.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cat.teixit.server");

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("..server.cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS).check(CLASSES);
    }

    @Test
    void theServerDoesNotUseTheClientLibrary() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("cat.teixit.sync.client..", "okhttp3..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndHttpLayerKnowJavalinAndPicocli() {
        noClasses().that().resideInAnyPackage("..server.sync..", "..server.blob..", "..server.auth..",
                "..server.admin..", "..server.db..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "picocli..").check(CLASSES);
    }
}
