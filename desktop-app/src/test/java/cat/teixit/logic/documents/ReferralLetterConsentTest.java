package cat.teixit.logic.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cat.teixit.logic.casefile.ConsentService.ConsentItem;
import cat.teixit.logic.common.ValidationException;
import cat.teixit.logic.settings.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A referral letter to an external service is printed only while its person consents to sharing the file. */
class ReferralLetterConsentTest {

    @TempDir
    Path dir;

    @Test
    void theLetterIsRefusedOnceTheConsentIsWithdrawn() throws Exception {
        try (DocumentFixture f = new DocumentFixture(dir)) {
            String letter = DocumentFixture.text(f.documents.render(f.laia, "referral-letter", Language.CATALAN,
                    f.caseFileId, Map.of()).pdf());
            assertThat(letter).contains("CAP Salt");

            UUID person = f.w.caseFiles().load(f.laia, f.caseFileId).referencePerson().personId();
            ConsentItem consent = f.w.consents().consents(f.laia, person).getFirst();
            f.w.consents().withdraw(f.laia, consent.id(), consent.rowVersion(), LocalDate.now(ZoneId.of("Europe/Madrid")));
            Path out = dir.resolve("carta.pdf");
            assertThatThrownBy(() -> f.documents.renderToFile(f.laia, "referral-letter", Language.CATALAN, f.caseFileId,
                    Map.of(), out)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors().get("consent").key())
                            .isEqualTo("referral.error.noConsent"));
            assertThat(out).doesNotExist();
            // Documents that do not print the referral are made as before.
            assertThat(f.documents.render(f.laia, "data-consent", Language.CATALAN, f.caseFileId, Map.of()).pdf())
                    .isNotEmpty();
        }
    }
}
