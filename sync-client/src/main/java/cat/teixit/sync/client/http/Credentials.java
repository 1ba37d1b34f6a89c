package cat.teixit.sync.client.http;

import java.util.Arrays;
import java.util.Objects;

/** A user name and password for logging in; {@link #wipe()} clears the password. Not thread-safe. */
public final class Credentials {

    private final String username;
    private final char[] password;

    public Credentials(String username, char[] password) {
        this.username = Objects.requireNonNull(username, "username");
        this.password = password.clone();
    }

    public String username() {
        return username;
    }

    public char[] password() {
        return password.clone();
    }

    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[" + username + "]";
    }
}
