package cat.teixit.logic.auth;

import java.security.SecureRandom;

/** Random temporary passwords: 16 characters without look-alikes (no 0/O, 1/l/I), easy to read out. */
final class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static char[] next() {
        char[] pw = new char[16];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return pw;
    }
}
