package cat.teixit.sync.protocol.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cat.teixit.sync.protocol");

    @Test
    void theProtocolDependsOnNothingElseOfOursNorOnHttp() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("cat.teixit.sync.client..", "cat.teixit.server..", "okhttp3..", "io.javalin..")
                .check(CLASSES);
    }

    @Test
    void nothingWritesToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
    }
}
