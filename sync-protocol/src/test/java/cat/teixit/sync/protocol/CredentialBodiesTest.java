package cat.teixit.sync.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bodies that carry a user name and password, and the escrowed secret, refuse what the wire does not allow. */
class CredentialBodiesTest {

    private static final String DEVICE = "laptop-1";
    private static final String SECRET = "A".repeat(43);

    @Test
    void aLoginAndAnEscrowReleaseTakeTheSameUserNames() {
        String longest = "u".repeat(64);
        assertThat(new Requests.Login(longest, "pw", DEVICE, null).username()).isEqualTo(longest);
        assertThat(new Requests.EscrowRelease(longest, "pw", DEVICE).username()).isEqualTo(longest);
        for (String name : new String[] {null, "", "u".repeat(65)}) {
            assertThatThrownBy(() -> new Requests.Login(name, "pw", DEVICE, null)).hasMessage("invalid username");
            assertThatThrownBy(() -> new Requests.EscrowRelease(name, "pw", DEVICE)).hasMessage("invalid username");
        }
    }

    @Test
    void onlyALoginMaySendAnEmptyPassword() {
        assertThat(new Requests.Login("ester", "", DEVICE, null).password()).isEmpty();
        assertThatThrownBy(() -> new Requests.EscrowRelease("ester", "", DEVICE)).hasMessage("invalid password");
        String longest = "p".repeat(1024);
        assertThat(new Requests.EscrowRelease("ester", longest, DEVICE).password()).isEqualTo(longest);
        for (String password : new String[] {null, "p".repeat(1025)}) {
            assertThatThrownBy(() -> new Requests.Login("ester", password, DEVICE, null)).hasMessage("invalid password");
            assertThatThrownBy(() -> new Requests.EscrowRelease("ester", password, DEVICE))
                    .hasMessage("invalid password");
        }
    }

    @Test
    void theEscrowedSecretIsCheckedAndNeverShown() throws Exception {
        EscrowSecret s = Json.strictMapper().readValue("{\"secret\":\"" + SECRET + "\"}", EscrowSecret.class);
        assertThat(s.secret()).isEqualTo(SECRET);
        assertThat(s.toString()).doesNotContain(SECRET);
        assertThat(Json.strictMapper().writeValueAsString(s)).isEqualTo("{\"secret\":\"" + SECRET + "\"}");
        assertThatThrownBy(() -> new EscrowSecret("short")).hasMessage("invalid secret");
    }
}
