package cat.teixit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A login with a temporary password shows the change of password; a weak one and two that differ are explained; a good
 * one enters.
 */
class PasswordChangeGuiTest extends GuiTestBase {

    private final AtomicReference<String> temporary = new AtomicReference<>();

    @Override
    protected void prepare(Workstation w) {
        temporary.set(new String(w.auth().resetPassword("laia")));
    }

    @Test
    void aTemporaryPasswordLeadsToChoosingANewOne() throws Exception {
        waitFor("#login-demo-hint");
        logIn("laia", temporary.get());
        waitFor("#login-new-password");
        robot.clickOn("#login-new-password").write("curta");
        robot.clickOn("#login-repeat-password").write("curta");
        robot.clickOn("#login-change-submit");
        waitUntil(() -> !text("#login-change-error").isEmpty());
        assertThat(text("#login-change-error")).isEqualTo("Ha de tenir almenys 12 caràcters.");
        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();
        // Two that differ are refused too; each refusal empties both fields.
        robot.clickOn("#login-new-password").write("riu de muntanya clar");
        robot.clickOn("#login-repeat-password").write("riu de muntanya fosc");
        robot.clickOn("#login-change-submit");
        waitUntil(() -> "Les dues contrasenyes no coincideixen.".equals(text("#login-change-error")));
        assertThat(((javafx.scene.control.TextField) find("#login-new-password")).getText()).isEmpty();
        assertThat(((javafx.scene.control.TextField) find("#login-repeat-password")).getText()).isEmpty();
        assertThat(robot.lookup("#main-view").tryQuery()).isEmpty();
        robot.clickOn("#login-new-password").write("mar blau de tardor");
        robot.clickOn("#login-repeat-password").write("mar blau de tardor");
        robot.clickOn("#login-change-submit");
        waitFor("#main-view");
    }
}
